// The playground: every control sets one attribute of the timeline, and the snippet shows
// the HTML that reproduces the current settings.
const timeline = document.getElementById('main-timeline');
const form = document.getElementById('controls');
const snippet = document.getElementById('snippet');
const status = document.getElementById('status');
const defaults = { lang: 'vi', 'group-by': 'none', theme: 'light', start: '2015-01-01', end: '2022-12-31' };

function apply() {
  const attrs = [];
  for (const field of form.elements) {
    if (!field.name) continue;
    const value = field.type === 'checkbox' ? field.checked : field.value.trim();
    if (value === false || value === '') timeline.removeAttribute(field.name);
    else timeline.setAttribute(field.name, value === true ? '' : value);
    if (value !== false && value !== '' && defaults[field.name] !== value) attrs.push(value === true ? field.name : `${field.name}="${value}"`);
  }
  const tag = `<diplo-timeline${attrs.map((a) => ` ${a}`).join('')}></diplo-timeline>`;
  snippet.textContent = `<script src="https://unpkg.com/diplo-timeline"></script>\n${tag}`;
}

form.addEventListener('input', apply);
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('copy').addEventListener('click', () => navigator.clipboard?.writeText(snippet.textContent));
timeline.addEventListener('diplo-select', (e) => {
  const event = e.detail.event;
  status.textContent = event ? `Selected: ${event.start} — ${event.title.en}` : '';
});
timeline.addEventListener('diplo-error', (e) => { status.textContent = `Error: ${e.detail.message}`; });
apply();
