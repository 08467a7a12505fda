// Shared by the three benchmark pages: the same conversion of an events document into dates,
// so that every library gets the same intervals. Month- and year-precision starts begin on the
// first day of their period; an event without `end` lasts one day; `end` is inclusive.
const DAY = 86400000;
window.toInterval = (e) => {
  const parse = (s) => Date.UTC(+s.slice(0, 4), s.length > 4 ? +s.slice(5, 7) - 1 : 0, s.length > 7 ? +s.slice(8, 10) : 1);
  const start = parse(e.start);
  return [start, (e.end ? parse(e.end) : start) + DAY];
};
window.viewOf = (a, b) => [+a, +b];
