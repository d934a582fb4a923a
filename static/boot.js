// Before the wasm loads: the page's language and direction, its title, and its first paint
// in the language the app will choose (?lang=, the saved pick, the browser's languages):
// the page header and a loading line. The app keeps the header (src/ui/shell.rs: the
// page's largest text is then painted at the first paint, not once the wasm has arrived),
// draws the skip link and the language picker into it and removes the loading line.
// The texts are copies of layout-loading, app-page_title, app-title and app-tagline:
// tests/boot.rs keeps them equal.
(function () {
  var TEXTS = {
    en: ["Loading Tierwise…", "Tierwise: influencer roster calculator", "Tierwise", "Tiers, engagement and cost for your whole creator roster. Nothing leaves your browser."],
    ar: ["جارٍ تحميل Tierwise…", "Tierwise: حاسبة قوائم المؤثرين", "Tierwise", "الفئات والتفاعل والتكلفة لقائمة مؤثريك كاملةً. لا شيء يغادر متصفحك."],
    vi: ["Đang tải Tierwise…", "Tierwise: công cụ tính toán cho danh sách người có ảnh hưởng", "Tierwise", "Phân hạng, tương tác và chi phí cho toàn bộ danh sách nhà sáng tạo của bạn. Mọi dữ liệu đều nằm lại trong trình duyệt của bạn."],
    pl: ["Wczytywanie Tierwise…", "Tierwise: kalkulator listy influencerów", "Tierwise", "Poziomy, zaangażowanie i koszty dla całej listy twórców. Dane nie opuszczają Twojej przeglądarki."],
    th: ["กำลังโหลด Tierwise…", "Tierwise: เครื่องคำนวณรายชื่ออินฟลูเอนเซอร์", "Tierwise", "ดูระดับ การมีส่วนร่วม และต้นทุนของครีเอเตอร์ทั้งรายชื่อในที่เดียว ข้อมูลไม่ออกจากเบราว์เซอร์ของคุณ"],
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
  var make = function (tag, props, children) {
    var e = document.createElement(tag);
    Object.keys(props).forEach(function (k) { e.setAttribute(k, props[k]); });
    (children || []).forEach(function (c) { e.append(c); });
    return e;
  };
  document.addEventListener("DOMContentLoaded", function () {
    var t = TEXTS[code];
    if (document.getElementById("boot-shell")) return; // the app came first and made it
    document.body.prepend(make("div", { id: "boot-shell" }, [
      make("div", { id: "boot-skip" }),
      make("header", { class: "top" }, [
        make("div", { class: "title" }, [make("h1", {}, [t[2]]), make("p", { class: "tagline" }, [t[3]])]),
      ]),
      make("p", { id: "boot-loading", role: "status" }, [t[0]]),
    ]));
  });
})();
