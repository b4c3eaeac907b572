// The inline stylesheet and scripts of the pages: nothing is fetched from anywhere, so the pages work
// offline from file://. The scripts record any error into <html data-script-errors> and set
// data-ready="1" when they have run, which the browser test reads from the rendered DOM.
#pragma once

#include <string_view>

namespace docpipe::html {

inline constexpr std::string_view kStyle = R"css(
:root { --error: #b3261e; --error-bg: #fde7e4; --warning: #7a4d00; --warning-bg: #fff1cc; --info: #0b5394;
  --info-bg: #e3eefb; --ink: #1b1b1b; --muted: #555; --rule: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
  color: var(--ink); background: #fff; line-height: 1.7; }
header.top { padding: 1rem 1.5rem; border-bottom: 1px solid var(--rule); background: #f7f7f7; }
header.top h1 { margin: 0 0 .5rem; font-size: 1.4rem; }
a { color: #0b4f9c; }
a:focus, button:focus, select:focus, mark:focus, [tabindex]:focus { outline: 3px solid #1a73e8; outline-offset: 2px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
ul.parts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; margin: .5rem 0; }
.yes { color: #1e6b1e; font-weight: bold; }
.no { color: var(--error); font-weight: bold; }
.warnings { color: var(--warning); }
.layout { display: grid; grid-template-columns: 16rem minmax(0, 1fr) 20rem; gap: 0; align-items: start; }
nav.outline, aside.findings { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: 1rem;
  font-size: .9rem; }
nav.outline { border-right: 1px solid var(--rule); }
nav.outline ol { padding-left: 1rem; margin: 0; }
aside.findings { border-left: 1px solid var(--rule); }
aside.findings ol { padding-left: 1.2rem; }
aside.findings li { margin-bottom: .5rem; }
section.cross-findings { border-top: 1px solid var(--rule); margin-top: 1rem; }
section.cross-findings table { border-collapse: collapse; }
section.cross-findings td, section.cross-findings th { padding: .2rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
main.text { padding: 1rem 2rem; max-width: 60rem; overflow-wrap: anywhere; }
main.text p, main.text h2, main.text h3, main.text h4, main.text h5, main.text h6 { position: relative; }
main.text h2 { font-size: 1.25rem; } main.text h3 { font-size: 1.1rem; } main.text h4, main.text h5,
main.text h6 { font-size: 1rem; }
.page { position: absolute; left: -2rem; width: 1.8rem; text-align: right; color: var(--muted); font-size: .75rem; }
.metric { border-bottom: 2px solid #0b5394; background: #eef4fc; cursor: help; }
.metric[data-role="part"] { border-bottom-style: dotted; }
.metric[data-role="rate"] { border-bottom-color: #6a1b9a; }
mark.anomaly { color: inherit; padding: 0 .1rem; cursor: help; }
mark.error, li.error { background: var(--error-bg); border-left: 4px solid var(--error); }
mark.warning, li.warning { background: var(--warning-bg); border-left: 4px solid #c98a00; }
mark.info, li.info { background: var(--info-bg); border-left: 4px solid var(--info); }
mark.current { outline: 3px solid #1a73e8; }
.severity { font-weight: bold; }
li.error .severity { color: var(--error); } li.warning .severity { color: var(--warning); }
li.info .severity { color: var(--info); }
table.overview { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.overview th, table.overview td { border: 1px solid var(--rule); padding: .25rem .4rem; text-align: left; }
table.overview th { background: #eee; }
table.overview td { white-space: nowrap; }
table.overview th { white-space: normal; min-width: 2.5em; }
#documents td:nth-child(3) { white-space: normal; min-width: 16rem; }
#documents td:nth-child(4) { white-space: normal; max-width: 16rem; overflow-wrap: anywhere; }
table.overview td.number { text-align: right; font-variant-numeric: tabular-nums; }
th button { font: inherit; border: 0; background: none; cursor: pointer; padding: 0; color: inherit; }
.filters { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
.scroll { overflow-x: auto; }
section.overview { padding: 0 1.5rem 1.5rem; }
.late { color: var(--error); font-weight: bold; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; }
@media print {
  nav.outline, aside.findings, .filters, .skip { display: none; }
  .layout { display: block; }
  main.text { max-width: none; padding: 0; }
  .metric { background: none; }
  mark.anomaly { background: none; border-left: 0; text-decoration: underline wavy; }
  header.top { background: none; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
  table.overview { font-size: .7rem; }
  table.overview td { white-space: normal; }
}
)css";

// Records script errors into the DOM, where a headless browser's --dump-dom shows them.
inline constexpr std::string_view kErrorTrap = R"js(
(function () {
  var root = document.documentElement;
  window.addEventListener('error', function (event) {
    var seen = root.getAttribute('data-script-errors') || '';
    root.setAttribute('data-script-errors', seen + (seen ? ' | ' : '') + String(event.message));
  });
})();
)js";

// Review page: a finding in the side panel scrolls to its mark and highlights it; ArrowDown/ArrowUp (or
// j/k) move between findings; Enter follows the link.
inline constexpr std::string_view kReviewScript = R"js(
(function () {
  var links = Array.prototype.slice.call(document.querySelectorAll('aside.findings a[data-target]'));
  function show(link) {
    var target = document.getElementById(link.getAttribute('data-target'));
    if (!target) { return; }
    Array.prototype.forEach.call(document.querySelectorAll('mark.current'), function (m) {
      m.classList.remove('current');
    });
    target.classList.add('current');
    target.scrollIntoView({ block: 'center' });
  }
  links.forEach(function (link, index) {
    link.addEventListener('click', function (event) { event.preventDefault(); show(link); link.focus(); });
    link.addEventListener('keydown', function (event) {
      var step = (event.key === 'ArrowDown' || event.key === 'j') ? 1 :
                 (event.key === 'ArrowUp' || event.key === 'k') ? -1 : 0;
      if (step === 0) { return; }
      event.preventDefault();
      var next = links[(index + step + links.length) % links.length];
      next.focus();
      show(next);
    });
  });
  document.documentElement.setAttribute('data-ready', '1');
})();
)js";

// Overview: sortable columns (buttons in the header cells) and filters by region, year and finding.
inline constexpr std::string_view kOverviewScript = R"js(
(function () {
  var table = document.getElementById('documents');
  var body = table.tBodies[0];
  var filters = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  function apply() {
    Array.prototype.forEach.call(body.rows, function (row) {
      var visible = filters.every(function (select) {
        var wanted = select.value;
        return wanted === '*' || row.getAttribute('data-' + select.getAttribute('data-filter')) === wanted;
      });
      row.hidden = !visible;
    });
  }
  filters.forEach(function (select) { select.addEventListener('change', apply); });
  Array.prototype.forEach.call(table.querySelectorAll('th button[data-column]'), function (button) {
    button.addEventListener('click', function () {
      var column = Number(button.getAttribute('data-column'));
      var th = button.parentNode;
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.querySelectorAll('th[aria-sort]'), function (other) {
        other.removeAttribute('aria-sort');
      });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute('data-sort') || a.cells[column].textContent;
        var y = b.cells[column].getAttribute('data-sort') || b.cells[column].textContent;
        var nx = Number(x), ny = Number(y);
        var order = (x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'zh');
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  document.documentElement.setAttribute('data-ready', '1');
})();
)js";

}  // namespace docpipe::html
