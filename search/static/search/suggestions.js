// Suggestions as the reader types: fills each search box's <datalist> (the
// one of the search page, the one in the header) with titles from
// /search/suggestions/. Without JavaScript the forms work alone.
(function () {
  "use strict";
  if (!window.fetch) return;
  document.querySelectorAll("datalist[data-url]").forEach(function (list) {
    var input = document.querySelector("input[list='" + list.id + "']");
    if (!input) return;
    var timer = null;
    var latest = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = input.value.trim();
        if (text.length < 2 || text === latest) return;
        latest = text;
        fetch(list.dataset.url + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.suggestions.map(function (title) {
              var option = document.createElement("option");
              option.value = title;
              return option;
            }));
          })
          .catch(function () {});
      }, 200);
    });
  });
})();
