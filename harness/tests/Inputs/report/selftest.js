// Injected into a copy of report.html by test_report_browser.py: drives the page as a reader
// would (filters, search, clicks) and writes what the page then shows, as JSON, into a pre element with id selftest.
(function () {
  const out = {};
  const $ = id => document.getElementById(id);
  const rows = () => [...document.querySelectorAll('#matrix tbody tr:not(.detail)')]
    .map(tr => tr.dataset.case + ' ' + tr.cells[1].textContent);
  const cols = () => [...document.querySelectorAll('#matrix thead th[data-column]')].map(th => th.dataset.column);
  const set = (id, v) => { $(id).value = v; $(id).dispatchEvent(new Event(id === 'q' ? 'input' : 'change')); };
  const reset = () => $('reset').click();
  const td = (kase, column) => {     // the cell of a case (first variant) in a column, as shown
    const i = cols().indexOf(column);
    const tr = document.querySelector(`#matrix tbody tr[data-case="${kase}"]`);
    return tr && i >= 0 ? tr.cells[2 + i] : null;
  };
  const panel = sel => {
    const p = document.querySelector(sel);
    return p ? {cell: p.dataset.cell || p.dataset.case, text: p.textContent,
                links: [...p.querySelectorAll('a')].map(a => a.getAttribute('href'))} : null;
  };
  const guard = f => () => { try { f(); } catch (e) { out.error = String(e) + ' ' + e.stack; done(); } };
  const done = () => {
    const pre = document.createElement('pre');
    pre.id = 'selftest';
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  };
  try {
    out.initial = {rows: rows(), cols: cols()};
    set('family', 'tls'); out.family = rows(); reset();
    set('status', 'FAIL'); out.status = rows();
    out.dimmed = [...document.querySelectorAll('#matrix td.s.dim')].length; reset();
    set('status', 'BAD'); out.bad = rows(); reset();
    set('q', 'SigIll'); out.search_reason = rows(); reset();
    set('q', 'copy'); out.search_name = rows(); reset();
    set('arch', 'arm64'); out.arch = {rows: rows(), cols: cols()}; reset();
    set('profile', 'clang-lld'); out.profile = cols(); reset();
    set('disagree', 'amd64'); out.disagree = {rows: rows(), cols: cols()}; reset();
    set('family', 'reloc'); set('status', '!PASS'); set('arch', 'amd64');
    out.combined = {rows: rows(), cols: cols()}; reset();
    td('tls/gd', 'arm64-gcc-bfd').click();
    out.cell_panel = panel('#matrix tr.detail .cell-panel');
    out.cell_open = document.querySelector('#matrix td.s.open') !== null;
    td('tls/gd', 'arm64-gcc-bfd').click();             // a second click closes it
    out.cell_closed = document.querySelector('#matrix tr.detail') === null;
    document.querySelector('#matrix tr[data-case="tls/ie"] td.case a').click();
    out.case_panel = panel('#matrix tr.detail .case-panel');
    // a link of the verdict, then a square of the grid: both go through the URL's #fragment
    document.querySelector('#suspects a[data-cell="reloc/ifunc/default/amd64@qemu-gcc-bfd"]').click();
    setTimeout(guard(() => {
      out.verdict_link = panel('#matrix tr.detail .cell-panel');
      document.querySelector('#grid a[data-family="reloc"][data-column="amd64@qemu-gcc-bfd"]').click();
      setTimeout(guard(() => {
        out.grid = {rows: rows(), cols: cols(), family: $('family').value};
        // a link to a cell whose variant has a '+' (escaped in the URL) from a case panel
        reset();
        document.querySelector('#matrix tr[data-case="tls/ie"] td.case a').click();
        [...document.querySelectorAll('#matrix .case-panel a')].find(a => a.textContent === 'arm64-gcc-bfd').click();
        setTimeout(guard(() => {
          out.plus_link = panel('#matrix tr.detail .cell-panel');
          done();
        }), 100);
      }), 100);
    }), 100);
  } catch (e) {
    out.error = String(e) + ' ' + e.stack;
    done();
  }
})();
