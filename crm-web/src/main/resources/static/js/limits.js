// A text field with a limit says how much is used, and says so when a paste was cut at the limit
// (the browser's maxlength would cut it silently). Markup: <textarea maxlength="N" data-count="id-of-counter"
// data-cut="message shown when a paste was cut">; the counter's text is "used / N".
(function () {
  function wire(field) {
    var counter = document.getElementById(field.dataset.count);
    if (!counter || field.dataset.countWired) {
      return;
    }
    field.dataset.countWired = "true";
    var max = parseInt(field.getAttribute("maxlength"), 10);
    var format = new Intl.NumberFormat(document.documentElement.lang || undefined);
    function show(cut) {
      counter.textContent = format.format(field.value.length) + " / " + format.format(max) + (cut ? " — " + field.dataset.cut : "");
      counter.classList.toggle("text-danger", cut || field.value.length >= max);
    }
    field.addEventListener("input", function () { show(false); });
    field.addEventListener("paste", function (event) {
      var pasted = (event.clipboardData || window.clipboardData).getData("text");
      var room = max - field.value.length + (field.selectionEnd - field.selectionStart);
      setTimeout(function () { show(pasted.length > room); }, 0);
    });
    show(false);
  }
  function wireAll() {
    document.querySelectorAll("textarea[maxlength][data-count]").forEach(wire);
  }
  document.addEventListener("DOMContentLoaded", wireAll);
  document.addEventListener("htmx:afterSwap", wireAll);
})();
