// Before the wasm loads: the page's language and direction, its title and a loading line
// in the language the app will choose (?lang=, the saved pick, the browser's languages).
// The texts are copies of app-page_title and layout-loading: tests/boot.rs keeps them equal.
(function () {
  var TEXTS = {
    en: ["Loading Tierwise…", "Tierwise: influencer roster calculator"],
    ar: ["جارٍ تحميل Tierwise…", "Tierwise: حاسبة قوائم المؤثرين"],
    vi: ["Đang tải Tierwise…", "Tierwise: công cụ tính toán cho danh sách người có ảnh hưởng"],
    pl: ["Wczytywanie Tierwise…", "Tierwise: kalkulator listy influencerów"],
    th: ["กำลังโหลด Tierwise…", "Tierwise: เครื่องคำนวณรายชื่ออินฟลูเอนเซอร์"],
  };
  var known = function (tag) {
    var code = String(tag || "").toLowerCase().slice(0, 2);
    return Object.prototype.hasOwnProperty.call(TEXTS, code) ? code : null;
  };
  var saved = null;
  try { saved = window.localStorage.getItem("tierwise.lang"); } catch (e) { saved = null; }
  var tags = [new URLSearchParams(window.location.search).get("lang"), saved]
    .concat(navigator.languages || [navigator.language]);
  var code = "en";
  for (var i = 0; i < tags.length; i++) {
    if (known(tags[i])) { code = known(tags[i]); break; }
  }
  var html = document.documentElement;
  html.lang = code;
  html.dir = code === "ar" ? "rtl" : "ltr";
  document.title = TEXTS[code][1];
  document.addEventListener("DOMContentLoaded", function () {
    var p = document.createElement("p");
    p.id = "boot-loading";
    p.setAttribute("role", "status");
    p.textContent = TEXTS[code][0];
    document.body.appendChild(p);
  });
})();
