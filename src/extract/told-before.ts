/**
 * What the sentences read so far told, for a sentence that goes on from them without a date of
 * its own: "Hai nhà lãnh đạo sau đó …" (the day just told), "Tại đây, …" (the days the sentence
 * before stated), a sentence right after one that only set the scene ("Hôm 9/1, cuộc truy lùng
 * kết thúc …"). Per article; pure (no DOM, no I/O).
 */
import type { ResolvedDate } from './temporal.js';

/** What one sentence told, as the next one may need it. */
export interface SentenceTold {
  index: number;
  paragraph: number;
  /** The first single day it dated an event or itself by (not one lent by the sentence before). */
  day: ResolvedDate | null;
  /** The first day or days it stated outright (not relative). */
  stated: ResolvedDate | null;
  /** Whether it had event words at all. */
  hadEventWords: boolean;
  /** Whether a state or a person acted in it (not a storm's landfall). */
  acted: boolean;
  /** Whether it told of plans ("dự kiến", "sẽ"). */
  planned: boolean;
  /** Whether it opened on a look back ("Trước đó, …"): its day is a flashback's. */
  flashback?: boolean;
}

export class ToldBefore {
  private last: SentenceTold | null = null;
  private lastDay: { date: ResolvedDate; paragraph: number; flashback: boolean } | null = null;

  /** Records the sentence just read. */
  record(s: SentenceTold): void {
    this.last = s;
    if (s.day) this.lastDay = { date: s.day, paragraph: s.paragraph, flashback: !!s.flashback };
  }

  /** The last day told, for "X sau đó …", "Ngay sau đó, …", "X cũng …" in the same or the next paragraph (or `within` paragraphs after); for "X cũng …" (`pastFlashback`), not a flashback's day from a paragraph before. */
  dayGoneOnFrom(paragraph: number, within = 1, pastFlashback = false): ResolvedDate | null {
    // ("Trước đó, tại vòng đối thoại … hôm 7/4, … \n\n Nhà Trắng cũng thông báo …": a new paragraph after a flashback is back on the story)
    if (pastFlashback && this.lastDay?.flashback && paragraph !== this.lastDay.paragraph) return null;
    return this.lastDay && paragraph - this.lastDay.paragraph <= within ? this.lastDay.date : null;
  }

  /** The day or days the sentence right before stated, for "Tại đây, …". */
  statedRightBefore(index: number): ResolvedDate | null {
    return this.last && this.last.index === index - 1 ? this.last.stated : null;
  }

  /**
   * The single day the sentence right before (same paragraph) stated when it told no event and
   * no plan: the scene the sentence at `index` goes on in.
   */
  scene(index: number, paragraph: number): { date: ResolvedDate; acted: boolean } | null {
    const s = this.last;
    if (!s || s.index !== index - 1 || s.paragraph !== paragraph || !s.stated || s.stated.end || s.hadEventWords || s.planned) return null;
    return { date: s.stated, acted: s.acted };
  }
}
