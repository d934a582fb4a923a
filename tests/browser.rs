//! Components in a real browser (wasm-bindgen-test, headless Chromium): render the app,
//! act as a person would (click, type, choose), then read the DOM.
#![cfg(target_arch = "wasm32")]

use tierwise::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlSelectElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn render() -> Element {
    // Each test starts from a fresh page: nothing autosaved by an earlier one.
    if let Some(storage) = web_sys::window().unwrap().local_storage().unwrap() {
        storage.clear().unwrap();
    }
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// Waits until `done` holds, looking again every 20 ms, for at most `ms`: whether it held.
async fn until(done: impl Fn() -> bool, ms: u32) -> bool {
    let mut waited = 0;
    loop {
        yew::scheduler::flush().await;
        if done() {
            return true;
        }
        if waited >= ms {
            return false;
        }
        gloo_timers::future::TimeoutFuture::new(20).await;
        waited += 20;
    }
}

/// Waits until nothing on the page is busy (the engine's answers drawn: the roster's
/// overview, the table's rows, the plan), for at most 5 s.
async fn settle() {
    let document = web_sys::window().unwrap().document().unwrap();
    until(
        || {
            document
                .query_selector("[aria-busy=true]")
                .unwrap()
                .is_none()
        },
        5_000,
    )
    .await;
}

fn button(root: &Element, name: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no button {name:?}"))
        .dyn_into()
        .unwrap()
}

fn table(root: &Element, caption: &str) -> Element {
    all(root, "table")
        .into_iter()
        .find(|t| {
            t.query_selector("caption")
                .ok()
                .flatten()
                .and_then(|c| c.text_content())
                .is_some_and(|c| c.starts_with(caption))
        })
        .unwrap_or_else(|| panic!("no table {caption:?}"))
}

/// Creators per tier as the "Tier summary" table shows them.
fn tier_counts(root: &Element) -> Vec<(String, String)> {
    all(&table(root, "Tier summary"), "tbody tr")
        .iter()
        .map(|row| {
            let th = row
                .query_selector("th")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap();
            let cells = all(row, "td");
            (th, cells[1].text_content().unwrap())
        })
        .collect()
}

/// Asserts the tier summary shows these creators per tier (others may show too).
fn assert_tiers(root: &Element, expected: &[(&str, usize)]) {
    let counts = tier_counts(root);
    for (tier, n) in expected {
        assert!(
            counts.contains(&(tier.to_string(), n.to_string())),
            "{tier} {n}: {counts:?}"
        );
    }
}

fn status(root: &Element) -> String {
    root.query_selector("[role=status]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

fn fire(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// The element with this id, as the type the test needs.
fn by_id<T: JsCast>(root: &Element, id: &str) -> T {
    root.query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap_or_else(|| panic!("no #{id}"))
        .dyn_into()
        .unwrap_or_else(|_| panic!("#{id} is not the expected element"))
}

/// Sets a select's or input's value as a person choosing it would, and lets the app update.
async fn change(el: &Element, value: &str) {
    js_sys::Reflect::set(el, &"value".into(), &value.into()).unwrap();
    fire(el, "change");
    settle().await;
}

fn assert_status_starts(root: &Element, prefix: &str) {
    assert!(status(root).starts_with(prefix), "{}", status(root));
}

async fn paste(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = root
        .query_selector("textarea")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    area.set_value(text);
    fire(&area, "input");
    settle().await;
}

#[wasm_bindgen_test]
async fn sample_roster_fills_the_tier_summary() {
    let root = render().await;
    assert!(status(&root).contains("Paste a roster"));
    button(&root, "Try a sample roster").click();
    settle().await;
    assert_status_starts(&root, "40 creators read from 40 rows, 0 problems");
    let counts = tier_counts(&root);
    let expected = [
        ("Emerging", "6"),
        ("Nano", "8"),
        ("Micro", "10"),
        ("Macro", "9"),
        ("Mega", "7"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(counts, expected);
    // The table's rows come from the engine.
    let rows = || all(&table(&root, "Creators"), "tbody tr").len();
    until(|| rows() == 40, 5_000).await;
    assert_eq!(rows(), 40);
}

#[wasm_bindgen_test]
async fn pasted_rows_are_read_and_bad_ones_listed_with_their_line() {
    let root = render().await;
    paste(
        &root,
        "handle\tfollowers\tlikes\tcomments\na\t12.5K\t500\t20\nb\t12,x5\t3\t1\nc\t2M\t20K\t300\n",
    )
    .await;
    assert_status_starts(&root, "3 creators read from 3 rows, 1 problem ·");
    let problems: Vec<String> = all(&root, ".problems li")
        .iter()
        .map(|li| li.text_content().unwrap())
        .collect();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("Line 3, column “followers”: “12,x5”"),
        "{}",
        problems[0]
    );
    // a is micro, c is mega, b has no follower count.
    assert_tiers(
        &root,
        &[("Micro", 1), ("Mega", 1), ("No follower count", 1)],
    );
}

#[wasm_bindgen_test]
async fn changing_the_scheme_updates_the_summary_at_once() {
    let root = render().await;
    paste(&root, "handle,followers\na,5000\nb,50000\nc,300000\n").await;
    let select: HtmlSelectElement = by_id(&root, "scheme");
    change(&select, "hypeauditor").await;
    assert_tiers(&root, &[("Micro", 1), ("Mid", 1)]);
}

#[wasm_bindgen_test]
async fn sorting_by_followers_reorders_the_creators() {
    let root = render().await;
    paste(
        &root,
        "handle,followers\nsmall,500\nbig,5000000\nmid,50000\n",
    )
    .await;
    let sort = all(&root, "button.sort")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some("Followers"))
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    sort.click();
    let handles = || -> Vec<String> {
        all(&table(&root, "Creators"), "tbody th")
            .iter()
            .map(|th| th.text_content().unwrap())
            .collect()
    };
    // The sorted rows come from the engine.
    until(|| handles() == ["big", "mid", "small"], 5_000).await;
    assert_eq!(handles(), vec!["big", "mid", "small"]);
}

#[wasm_bindgen_test]
async fn every_control_has_an_accessible_name() {
    let root = render().await;
    button(&root, "Try a sample roster").click();
    settle().await;
    for el in all(&root, "button, select, input, textarea") {
        let id = el.id();
        let labelled = !id.is_empty()
            && root
                .query_selector(&format!("label[for='{id}']"))
                .unwrap()
                .is_some();
        let wrapped = el.closest("label").unwrap().is_some();
        let aria = el
            .get_attribute("aria-label")
            .is_some_and(|a| !a.trim().is_empty());
        let text =
            el.tag_name() == "BUTTON" && !el.text_content().unwrap_or_default().trim().is_empty();
        assert!(
            labelled || wrapped || aria || text,
            "no accessible name: {}",
            el.outer_html()
        );
    }
}

#[wasm_bindgen_test]
async fn editing_the_rate_card_changes_estimated_prices() {
    let root = render().await;
    paste(
        &root,
        "handle,platform,followers,likes,comments\na,instagram,50000,1900,100\n",
    )
    .await;
    let price = |root: &Element| {
        root.query_selector("table.creators tbody .estimated")
            .unwrap()
            .expect("an estimated price")
            .text_content()
            .unwrap()
    };
    // The row comes from the engine.
    let drawn = || {
        root.query_selector("table.creators tbody .estimated")
            .unwrap()
            .is_some()
    };
    until(drawn, 5_000).await;
    // wordontheblock: Instagram micro $100–500, estimate = the middle.
    assert!(price(&root).starts_with("$300"), "{}", price(&root));
    for (label, value) in [
        ("Instagram Micro: from ($)", "1000"),
        ("Instagram Micro: to ($)", "2000"),
    ] {
        let input: web_sys::HtmlInputElement = all(&root, "input")
            .into_iter()
            .find(|i| i.get_attribute("aria-label").as_deref() == Some(label))
            .unwrap_or_else(|| panic!("no input {label:?}"))
            .dyn_into()
            .unwrap();
        change(&input, value).await;
    }
    assert!(price(&root).starts_with("$1,500"), "{}", price(&root));
}

#[wasm_bindgen_test]
async fn a_column_mapping_survives_editing_the_roster() {
    let root = render().await;
    paste(&root, "handle,count\na,5000\n").await;
    let alerts: Vec<String> = all(&root, ".columns .error")
        .iter()
        .map(|a| a.text_content().unwrap())
        .collect();
    assert_eq!(
        alerts,
        vec!["Tierwise needs followers: which column holds it?"]
    );
    let select: HtmlSelectElement = all(&root, ".columns select")
        .into_iter()
        .find(|s| s.get_attribute("aria-label").as_deref() == Some("Column “count” holds"))
        .unwrap()
        .dyn_into()
        .unwrap();
    change(&select, "followers").await;
    assert_tiers(&root, &[("Nano", 1)]);
    // Typing another row keeps "count" as followers.
    paste(&root, "handle,count\na,5000\nb,50000\n").await;
    assert_tiers(&root, &[("Nano", 1), ("Micro", 1)]);
}

#[wasm_bindgen_test]
async fn every_creators_row_has_one_cell_per_column_header() {
    let root = render().await;
    button(&root, "Try a sample roster").click();
    settle().await;
    let creators = table(&root, "Creators");
    let headers: Vec<String> = all(&creators, "thead th")
        .iter()
        .map(|th| th.text_content().unwrap())
        .collect();
    assert!(headers.iter().any(|h| h == "Benchmark"), "{headers:?}");
    // The rows come from the engine (the stand-ins for rows not drawn span every column).
    until(|| all(&creators, "tbody tr[data-pos]").len() == 40, 5_000).await;
    for row in all(&creators, "tbody tr[data-pos]") {
        let cells = all(&row, ":scope > td, :scope > th").len();
        assert_eq!(cells, headers.len(), "{}", row.outer_html());
    }
}

#[wasm_bindgen_test]
async fn unknown_columns_are_kept_and_shown() {
    let root = render().await;
    paste(
        &root,
        "rank,handle,followers,agency notes\n1,a,5000,\"call, then email\"\n",
    )
    .await;
    let creators = table(&root, "Creators");
    let headers: Vec<String> = all(&creators, "thead th")
        .iter()
        .map(|th| th.text_content().unwrap())
        .collect();
    assert!(
        headers.ends_with(&["rank".to_string(), "agency notes".to_string()]),
        "{headers:?}"
    );
    let cells = || -> Vec<String> {
        all(&table(&root, "Creators"), "tbody td.extra")
            .iter()
            .map(|td| td.text_content().unwrap())
            .collect()
    };
    // The rows come from the engine.
    until(|| cells().len() == 2, 5_000).await;
    assert_eq!(cells(), vec!["1", "call, then email"]);
}

#[wasm_bindgen_test]
async fn choosing_the_compared_scheme_switches_the_comparison() {
    let root = render().await;
    paste(&root, "handle,followers\na,5000\n").await;
    let scheme: HtmlSelectElement = by_id(&root, "scheme");
    let compare: HtmlSelectElement = by_id(&root, "compare");
    assert_eq!(compare.value(), "hypeauditor");
    change(&scheme, "hypeauditor").await;
    assert_eq!(compare.value(), "seeds");
    let headers: Vec<String> = all(&table(&root, "Scheme comparison"), "thead th")
        .iter()
        .map(|th| th.text_content().unwrap())
        .collect();
    assert_ne!(headers[1], headers[2], "{headers:?}");
    // The live region says which tiers are shown, by the scheme's short name.
    assert!(
        status(&root).contains("· HypeAuditor tiers ·"),
        "{}",
        status(&root)
    );
}

#[wasm_bindgen_test]
async fn a_big_paste_is_read_when_typing_pauses() {
    let root = render().await;
    let mut text = String::from("handle,followers\n");
    for i in 0..20_000 {
        text.push_str(&format!("creator_{i},{}\n", 1_000 + i));
    }
    assert!(text.len() > 256 * 1024);
    paste(&root, &text).await;
    assert_status_starts(&root, "Reading your edits");
    // Read once typing has paused: wait for it (up to 10 s), not for a fixed while.
    let read = until(|| status(&root).starts_with("20,000 creators read"), 10_000).await;
    assert!(read, "{}", status(&root));
}

#[wasm_bindgen_test]
async fn a_problem_shows_its_line_in_the_paste_box() {
    let root = render().await;
    let text = "handle,followers\nané,1000\nbo,12,x5\ncy,2000\n";
    paste(&root, text).await;
    let show: HtmlElement = all(&root, ".problems button")
        .into_iter()
        .find(|b| b.get_attribute("aria-label").as_deref() == Some("Show line 3 in the paste box"))
        .expect("a Show button for line 3")
        .dyn_into()
        .unwrap();
    show.click();
    settle().await;
    let area: HtmlTextAreaElement = root
        .query_selector("textarea")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let (start, end) = (
        area.selection_start().unwrap().unwrap() as usize,
        area.selection_end().unwrap().unwrap() as usize,
    );
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&utf16[start..end]), "bo,12,x5");
}

#[wasm_bindgen_test]
async fn many_problems_are_summarised_per_column() {
    let root = render().await;
    let mut text = String::from("handle,followers,likes\n");
    for i in 0..12 {
        text.push_str(&format!("c{i},x{i},{}\n", if i < 3 { "-1" } else { "5" }));
    }
    paste(&root, &text).await;
    let summary: Vec<String> = all(&root, ".problem-summary li")
        .iter()
        .map(|li| li.text_content().unwrap())
        .collect();
    assert_eq!(
        summary,
        vec![
            "Column “followers”: 12 cells left empty",
            "Column “likes”: 3 cells left empty"
        ]
    );
}

#[wasm_bindgen_test]
async fn a_rejected_cut_off_keeps_what_was_typed_and_says_why() {
    let root = render().await;
    paste(&root, "handle,followers\na,5000\n").await;
    let nano = by_id::<web_sys::HtmlInputElement>(&root, "cutoff-nano");
    change(&nano, "50000").await;
    let nano = by_id::<web_sys::HtmlInputElement>(&root, "cutoff-nano");
    assert_eq!(nano.value(), "50000");
    assert_eq!(nano.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error = by_id::<Element>(&root, "cutoff-error")
        .text_content()
        .unwrap();
    assert_eq!(error, "Micro must start above Nano.");
    // The scheme did not change: a is still nano.
    assert_tiers(&root, &[("Nano", 1)]);
    change(&nano, "-5").await;
    let error = by_id::<Element>(&root, "cutoff-error")
        .text_content()
        .unwrap();
    assert_eq!(error, "A cut-off is a number of followers, 0 or more.");
    assert_tiers(&root, &[("Nano", 1)]);
}

#[wasm_bindgen_test]
async fn quick_budget_edits_in_a_row_are_all_kept() {
    // Two entries before the page has drawn again: each is one change to the form as it is
    // then, so the second does not bring back what the first replaced.
    let root = render().await;
    button(&root, "Try a sample roster").click();
    settle().await;
    let budget: web_sys::HtmlInputElement = by_id(&root, "budget-amount");
    let fewest: web_sys::HtmlInputElement = by_id(&root, "budget-min-creators");
    budget.set_value("lots");
    fire(&budget, "input");
    fewest.set_value("x");
    fire(&fewest, "input");
    settle().await;
    assert!(
        root.query_selector("#budget-amount-error")
            .unwrap()
            .is_some(),
        "the budget's error is shown"
    );
    assert!(
        root.query_selector("#budget-min-creators-error")
            .unwrap()
            .is_some(),
        "the creators' error is shown"
    );
}

/// The engine's replies cross from its worker as JavaScript values (serde-wasm-bindgen):
/// a plan reads back exactly, every figure to the last bit, and an order as the same
/// indices.
#[wasm_bindgen_test]
fn the_engine_s_replies_cross_as_javascript_values_exactly() {
    use tierwise::domain::order::SortKey;
    use tierwise::domain::split::form::BudgetForm;
    use tierwise::engine::{order_from_bytes, Engine, Reply, Request};
    let mut engine = Engine::new();
    engine.answer(Request::Read {
        input: tierwise::ui::SAMPLE.as_bytes().to_vec(),
        options: Default::default(),
    });
    let plan = engine
        .answer(Request::Plan {
            ticket: 4,
            form: Box::new(BudgetForm {
                budget: "7500".into(),
                min_creators: "2".into(),
                ..BudgetForm::default()
            }),
            mark: tierwise::domain::DecimalMark::Dot,
            currency: None,
        })
        .unwrap();
    let order = engine
        .answer(Request::Order {
            ticket: 5,
            filter: Default::default(),
            key: SortKey::Er,
            ascending: false,
        })
        .unwrap();
    for reply in [plan, order] {
        let value = serde_wasm_bindgen::to_value(&reply).unwrap();
        let back: Reply = serde_wasm_bindgen::from_value(value).unwrap();
        assert_eq!(back, reply);
        match back {
            Reply::Planned {
                ticket,
                planning,
                errors,
            } => {
                assert_eq!(ticket, 4);
                assert_eq!(errors, vec![]);
                assert!(planning.strategies.iter().any(|(_, o)| o.plan().is_some()));
            }
            Reply::Ordered { ticket, order } => {
                assert_eq!(ticket, 5);
                let n = engine.roster().creators.len();
                let mut seen = order_from_bytes(&order);
                seen.sort_unstable();
                assert_eq!(seen, (0..n).collect::<Vec<_>>());
            }
            _ => unreachable!(),
        }
    }
    // The table's rows: every creator as read (missing figures are NaN inside, so the
    // figures are compared as figures).
    let asked: Vec<u32> = vec![2, 0, 1];
    let rows = engine
        .answer(Request::Rows {
            ticket: 6,
            creators: asked.clone(),
        })
        .unwrap();
    let value = serde_wasm_bindgen::to_value(&rows).unwrap();
    let Reply::Rows { ticket, rows } = serde_wasm_bindgen::from_value(value).unwrap() else {
        panic!("not rows");
    };
    assert_eq!(ticket, 6);
    assert_eq!(rows.iter().map(|(i, _)| *i).collect::<Vec<_>>(), asked);
    for (i, c) in &rows {
        let want = &engine.roster().creators[*i as usize];
        assert!(c.values.same_as(&want.values));
        assert_eq!(
            (&c.handle, &c.name, c.line, &c.extras, &c.source()),
            (
                &want.handle,
                &want.name,
                want.line,
                &want.extras,
                &want.source()
            )
        );
    }
}

/// What the page shows of a roster crosses from the engine's worker as a JavaScript value
/// and reads back exactly: the columns (twin headers by their numbers), the problems, the
/// notices, the summary, the charts' figures and the scheme compared with.
#[wasm_bindgen_test]
fn the_overview_crosses_as_a_javascript_value_exactly() {
    use tierwise::domain::view::Overview;
    use tierwise::domain::{analyze, read_roster, scheme_by_id, ReadOptions, Settings};
    let csv =
        "handle,platform,followers,likes,comments,price,Subscribers count,Subscribers count\n\
               @ana,instagram,12000,600,40,€150,1,2\n\
               @bo,tiktok,lots,9000,300,€900,1,2\n\
               @cy,youtube,250000,800,20,€400,1,2\n";
    let roster = read_roster(csv.as_bytes(), &ReadOptions::default());
    let settings = Settings::default();
    let analysis = analyze(&roster, &settings);
    let other = scheme_by_id("hypeauditor");
    let o = Overview::of(&roster, &analysis, &settings, other.as_ref());
    assert!(!o.head.problems.is_empty() && !o.head.notices.is_empty());
    let value = serde_wasm_bindgen::to_value(&o).unwrap();
    let back: Overview = serde_wasm_bindgen::from_value(value).unwrap();
    assert_eq!(back, o);
}
