//! The `tierwise` command line, run as a user would.

use std::io::Write;
use std::process::{Command, Stdio};

fn tierwise(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tierwise"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tierwise");
    if let Some(input) = stdin {
        // The tool may exit before reading (bad arguments): a closed pipe is fine here.
        let _ = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes());
    } else {
        // Closing stdin at once: the tool sees an empty input.
        let _ = child.stdin.take();
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn analyze_prints_one_json_record_per_creator() {
    let (code, out, err) = tierwise(&["analyze", "tests/fixtures/broken.csv"], None);
    assert_eq!(code, 0, "{err}");
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(records.len(), 11);
    for key in [
        "handle",
        "platform",
        "followers",
        "tier",
        "er_followers_pct",
        "flags",
    ] {
        assert!(records[0].get(key).is_some(), "missing {key}");
    }
    assert!(err.contains("Line 7, column “followers”: “12,x5”"), "{err}");
    assert!(err.contains("Line 10:"), "{err}");
}

#[test]
fn scheme_and_platform_options_and_stdin() {
    let input = "handle,followers,likes,comments,views\na,50000,900,40,20000\n";
    let (code, out, _) = tierwise(
        &[
            "analyze",
            "-",
            "--scheme",
            "hypeauditor",
            "--platform",
            "tiktok",
        ],
        Some(input),
    );
    assert_eq!(code, 0);
    let r: serde_json::Value = serde_json::from_str(out.trim()).expect("json");
    assert_eq!(r["tier"], "mid");
    assert_eq!(r["platform"], "tiktok");
    assert_eq!(r["er_followers_pct"], 1.88);
    assert_eq!(r["er_views_pct"], 4.7);
}

#[test]
fn csv_output_has_a_header_and_a_row_per_creator() {
    let (code, out, _) = tierwise(
        &[
            "analyze",
            "tests/fixtures/sheets_copy.tsv",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(code, 0);
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let headers = rdr.headers().expect("headers").clone();
    assert!(headers.iter().any(|h| h == "tier"));
    assert_eq!(rdr.records().count(), 12);
}

#[test]
fn exit_status_is_non_zero_only_when_nothing_is_read() {
    let (code, _, err) = tierwise(&["analyze", "-"], Some("handle,followers\n"));
    assert_eq!(code, 1, "{err}");
    let (code, _, _) = tierwise(&["analyze", "tests/fixtures/no-such-file.csv"], None);
    assert_eq!(code, 1);
    let (code, _, _) = tierwise(&["analyze", "-", "--scheme", "nope"], Some("a"));
    assert_eq!(code, 2);
    let (code, _, _) = tierwise(&[], None);
    assert_eq!(code, 2);
}

#[test]
fn help_is_the_commands_own_and_exits_zero() {
    let (code, out, _) = tierwise(&["--help"], None);
    assert_eq!(code, 0);
    assert!(
        out.contains("tierwise analyze FILE") && out.contains("--map"),
        "{out}"
    );
    let (code, out, _) = tierwise(&["split", "--help"], None);
    assert_eq!(code, 0);
    assert!(out.starts_with("usage: tierwise split FILE"), "{out}");
    assert!(out.contains("--tier-mix"), "{out}");
}

#[test]
fn a_split_with_nothing_affordable_is_no_plan_not_a_proven_empty_one() {
    let (code, out, err) = tierwise(
        &[
            "split",
            "static/sample-roster.csv",
            "--budget",
            "5",
            "--objective",
            "reach",
        ],
        None,
    );
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("the cheapest post costs $15 and the budget is $5"),
        "{err}"
    );
    assert!(!err.contains("within 0%"), "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(report["proven_optimal"], serde_json::Value::Null);
    assert_eq!(report["conflicts"][0]["kind"], "nothing_fits");
    // The conflict's figures, typed: the cheapest post and the budget, in cents.
    assert_eq!(report["conflicts"][0]["cheapest_cents"], 1500);
    assert_eq!(report["conflicts"][0]["budget_cents"], 500);
    assert_eq!(report["objective"], serde_json::Value::Null);
}

/// `split`'s JSON is the plan report serialised: it reads back as one, its bands are in cents
/// with the plan's spend, broken constraints and skipped creators are typed values, and the
/// words stay on stderr.
#[test]
fn the_split_json_is_the_plan_report() {
    use tierwise::domain::split::{BandOf, Broken, PlanReport, Skip, Strategy};
    use tierwise::domain::Tier;
    let args = [
        "split",
        "static/sample-roster.csv",
        "--budget",
        "2000",
        "--strategy",
        "equal",
        "--tier-mix",
        "micro=60..80",
    ];
    let (code, out, err) = tierwise(&args, None);
    assert_eq!(code, 0, "{err}");
    let report: PlanReport = serde_json::from_str(&out).expect("a plan report");
    assert_eq!(report.strategy, Strategy::Equal);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        (&v["strategy"], &v["objective_id"]),
        (&"equal".into(), &"engagements".into())
    );
    // The micro band: 60–80% of $2,000 in cents, with the plan's spend on micro creators,
    // which an equal split does not keep to.
    let micro: u64 = report
        .plan
        .iter()
        .filter(|l| l.tier == Tier::Micro)
        .map(|l| l.spend_cents)
        .sum();
    let band = report.bands.first().expect("a band");
    assert_eq!(
        (band.what, band.min_cents, band.max_cents, band.spend_cents),
        (BandOf::Tier(Tier::Micro), 120_000, 160_000, micro)
    );
    assert!(!band.met());
    assert!(
        matches!(report.broken.as_slice(), [Broken::Band { what: BandOf::Tier(Tier::Micro), min_pct, .. }] if *min_pct == 60.0),
        "{:?}",
        report.broken
    );
    assert!(report
        .skipped
        .iter()
        .any(|s| s.reason == Skip::OverCap && s.creators > 0));
    assert_eq!(v["skipped"][0]["reason"], "over_cap");
    // Sentences are for people, on stderr: the data holds none.
    assert!(
        err.contains("cost more than the cap or the budget"),
        "{err}"
    );
    assert!(
        !out.contains("message") && !out.contains("cost more"),
        "{out}"
    );
}

/// A conversions plan may hold a creator without conversions (here, for the minimum of two):
/// the line says it has none instead of showing its engagements as the objective.
#[test]
fn a_split_line_without_the_objectives_figure_says_so() {
    let roster = "handle,platform,followers,likes,comments,conversions,price\n\
                  anna,instagram,5000,200,10,,120\n\
                  bart,tiktok,50000,1500,40,30,400\n";
    let args = [
        "split",
        "-",
        "--budget",
        "1000",
        "--objective",
        "conversions",
        "--min-creators",
        "2",
        "--posts",
        "1..1",
    ];
    let (code, out, err) = tierwise(&args, Some(roster));
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let line = |h: &str| {
        v["plan"]
            .as_array()
            .and_then(|p| p.iter().find(|l| l["handle"] == h))
            .cloned()
            .unwrap_or_default()
    };
    let (anna, bart) = (line("anna"), line("bart"));
    assert_eq!(
        (&anna["expected"], &anna["expected_is"]),
        (&serde_json::Value::Null, &serde_json::Value::Null),
        "{anna}"
    );
    assert_eq!(anna["engagements"]["expected"], 210.0, "{anna}");
    assert_eq!(
        (&bart["expected"], &bart["expected_is"]),
        (&30.0.into(), &"supplied".into()),
        "{bart}"
    );
    assert_eq!(bart["conversions"]["basis"], "conversions", "{bart}");
    assert_eq!(v["objective"], 30.0);
}

#[test]
fn a_split_on_rate_card_prices_only_says_so() {
    let roster = "handle,platform,followers,likes,comments\na,instagram,20000,800,30\nb,tiktok,50000,4000,90\n";
    let (code, _, err) = tierwise(&["split", "-", "--budget", "2000"], Some(roster));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("every price is an estimate from the rate card"),
        "{err}"
    );
}

#[test]
fn the_column_report_and_map_say_which_column_feeds_which_field() {
    let roster = "User Account Name,Followers,Views,Views Avg.,rank\ncristiano,400100000,9000000000,2100000,1\nthv,34100000,4000000000,1900000,2\nabc,32100000,5000000000,900000,3\n";
    let (code, out, err) = tierwise(&["analyze", "-", "--format", "csv"], Some(roster));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("“User Account Name” → handle"), "{err}");
    assert!(err.contains("“Views Avg.” → views"), "{err}");
    assert!(err.contains("“rank” → not used"), "{err}");
    assert!(out.contains("\n2,cristiano,"), "{out}");
    // --map overrides: the lifetime `Views` on purpose, and `rank` ignored.
    let (code, _, err) = tierwise(
        &[
            "analyze",
            "-",
            "--map",
            "Views=views,rank=ignore",
            "--format",
            "csv",
        ],
        Some(roster),
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("“Views” → views (as mapped)"), "{err}");
    assert!(err.contains("“rank” → ignored (as mapped)"), "{err}");
    let (code, _, err) = tierwise(&["analyze", "-", "--map", "rank=rankings"], Some(roster));
    assert_eq!(code, 2);
    assert!(err.contains("--map: unknown value “rankings”"), "{err}");
}

/// A TikTok list's header: one TikTok word, the followers twice under a YouTube word.
const TIKTOKER_TWO_SUBSCRIBERS: &str =
    "Tiktoker,Subscribers count,Subscribers count,Likes avg\nkhaby.lame,149.2M,149200000,2.3M\n";

#[test]
fn a_map_naming_a_header_the_file_lacks_is_a_wrong_argument() {
    let roster = TIKTOKER_TWO_SUBSCRIBERS;
    for command in ["analyze", "split"] {
        let (code, out, err) = tierwise(
            &[
                command,
                "-",
                "--budget",
                "5000",
                "--map",
                "Subscriberz=followers",
            ],
            Some(roster),
        );
        assert_eq!(code, 2, "{command}: {err}");
        assert!(out.is_empty(), "{out}");
        assert!(err.contains("“Subscriberz”"), "{err}");
        assert!(
            err.contains("“Tiktoker”, “Subscribers count”, “Subscribers count”, “Likes avg”"),
            "{err}"
        );
        // Said before anything else is read or reported.
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn the_problem_count_counts_the_problems_past_the_listed_ones() {
    let mut roster = String::from("handle,followers\n");
    for i in 0..150 {
        roster.push_str(&format!("u{i},12x\n"));
    }
    let (code, _, err) = tierwise(&["analyze", "-"], Some(&roster));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err.matches(": “12x”: expected a number").count(),
        100,
        "{err}"
    );
    assert!(err.contains("And 50 more cells of “followers”"), "{err}");
    assert!(
        err.contains("150 creators from 150 rows, 150 problems"),
        "{err}"
    );
}

#[test]
fn the_column_report_numbers_a_header_written_twice() {
    let roster = TIKTOKER_TWO_SUBSCRIBERS;
    let (code, _, err) = tierwise(&["analyze", "-"], Some(roster));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("  “Tiktoker” → handle\n"), "{err}");
    assert!(
        err.contains("  “Subscribers count” (column 2) → not used (kept as an extra column)\n"),
        "{err}"
    );
    assert!(
        err.contains("  “Subscribers count” (column 3) → followers\n"),
        "{err}"
    );
    // One TikTok word outweighs the `Subscribers count` columns, and says so.
    assert!(
        err.contains("taken as TikTok, named outright in the column names (“Tiktoker”)"),
        "{err}"
    );
}

#[test]
fn the_platform_is_inferred_said_and_overridden() {
    let roster = "Youtuber,subscribers,avg likes\nchef.lu,8450000,90000\nsam.sci,3100000,40000\n";
    let (_, out, err) = tierwise(&["analyze", "-"], Some(roster));
    assert!(
        err.contains("taken as YouTube from the column names (“Youtuber”, “subscribers”)"),
        "{err}"
    );
    assert!(out.contains("\"platform\":\"youtube\""), "{out}");
    let (_, out, err) = tierwise(&["analyze", "-", "--platform", "tiktok"], Some(roster));
    assert!(!err.contains("taken as"), "{err}");
    assert!(out.contains("\"platform\":\"tiktok\""), "{out}");
}

#[test]
fn workbooks_and_their_sheets() {
    let (code, out, err) = tierwise(
        &[
            "analyze",
            "tests/fixtures/workbooks/creators.xlsx",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("Read sheet “Creators” (2 of 3). The sheets before it are empty."),
        "{err}"
    );
    assert_eq!(out.lines().count(), 9, "{out}");
    let (code, _, err) = tierwise(
        &[
            "analyze",
            "tests/fixtures/workbooks/creators.xlsx",
            "--sheet",
            "notes",
        ],
        None,
    );
    assert_eq!(code, 1, "{err}");
    let (code, _, err) = tierwise(
        &[
            "analyze",
            "tests/fixtures/workbooks/creators.xlsx",
            "--sheet",
            "Prices",
        ],
        None,
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("the sheets are 1 \"Summary\", 2 \"Creators\", 3 \"Notes\""),
        "{err}"
    );
}

#[test]
fn a_picture_gets_one_sentence_not_garbage() {
    let dir = std::env::temp_dir().join(format!("tierwise-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let png = dir.join("holiday.png");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend(std::iter::repeat_n(0x9a, 50_000));
    std::fs::write(&png, bytes).expect("write");
    let (code, out, err) = tierwise(&["analyze", png.to_str().expect("path")], None);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("This looks like a PNG image, not a roster"),
        "{err}"
    );
    assert!(err.len() < 600, "{} bytes of stderr", err.len());
}

#[test]
fn a_split_plans_only_on_prices_in_the_budgets_currency() {
    let (code, _, err) = tierwise(
        &[
            "split",
            "tests/fixtures/shapes/prices_eur.csv",
            "--budget",
            "3000",
            "--currency",
            "€",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("1 creator whose price is in another currency than the budget"),
        "{err}"
    );
    assert!(err.contains("of €3,000 spent"), "{err}");
    // Without --currency the budget is in the roster's one currency.
    let (code, _, err) = tierwise(
        &[
            "split",
            "tests/fixtures/shapes/semicolon_rub.csv",
            "--budget",
            "20000",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("of ₽20,000 spent"), "{err}");
}

/// The CLI speaks the user's language: `--lang`, else the environment (`LANG`…); plurals by
/// the language's rules; the data on stdout keeps English field names.
#[test]
fn messages_follow_lang_and_the_environment() {
    let roster = "handle,followers\na,1000\nb,x\nc,2000\nd,3000\ne,4000\nf,5000\n";
    let (code, out, err) = tierwise(&["analyze", "-", "--lang", "pl"], Some(roster));
    assert_eq!(code, 0, "{err}");
    // 6 creators (the bad cell is reported, its row kept): Polish "many"; 1 problem: "one".
    assert!(err.contains("6 twórców z 6 wierszy, 1 problem"), "{err}");
    assert!(err.contains("Wiersz 3, kolumna „followers”"), "{err}");
    assert!(out.contains("\"handle\":\"a\""), "{out}");
    let run = |env: &str| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tierwise"))
            .args(["analyze", "-"])
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", env)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("tierwise runs");
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(b"handle,followers\na,1000\nb,2000\n")
            .expect("roster written");
        let out = child.wait_with_output().expect("tierwise ends");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    // Arabic: two creators is the dual, its own word; no digit pattern of English.
    let ar = run("ar_EG.UTF-8");
    assert!(ar.contains("مؤثران"), "{ar}");
    let vi = run("vi_VN.UTF-8");
    assert!(vi.contains("tierwise:"), "{vi}");
    assert!(!vi.contains("creators from"), "{vi}");
    // An unknown language is an error, not silence.
    let (code, _, err) = tierwise(&["analyze", "-", "--lang", "klingon"], Some(roster));
    assert_eq!(code, 2);
    assert!(err.contains("--lang"), "{err}");
}

/// `tierwise` with `LANG` set (and the variables that would override it removed).
fn tierwise_in(env_lang: &str, args: &[&str], stdin: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tierwise"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", env_lang)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tierwise");
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// None of these English words (serde_json's, the system's, the old messages') is in `err`.
fn no_english(err: &str, words: &[&str]) {
    for w in words {
        assert!(!err.contains(w), "English {w:?} in: {err}");
    }
}

/// A broken JSON line is said in the user's language with its line and column, not in
/// serde_json's English ("expected value at line 2 column 12").
#[test]
fn a_json_syntax_error_is_said_in_polish_and_arabic_with_its_position() {
    let json = "{\"handle\":\"a\",\"followers\":5}\n{\"handle\": x}\n";
    let (code, _, err) = tierwise(&["analyze", "-", "--lang", "pl"], Some(json));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("niepoprawny JSON: nieoczekiwany znak (wiersz 2, kolumna 12)"),
        "{err}"
    );
    no_english(&err, &["expected", "value at", "line", "column"]);
    let (code, err) = tierwise_in("ar_SA.UTF-8", &["analyze", "-"], json);
    assert_eq!(code, 0, "{err}");
    // Values are bidi-isolated (U+2068…U+2069); the numbers are Arabic-Indic.
    let plain = err.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        plain.contains("حرف غير متوقع في السطر ٢، العمود ١٢"),
        "{err}"
    );
    no_english(&err, &["expected", "value at", "line", "column"]);
}

/// A missing file: the file's name and the reason in the user's language, not the
/// system's "No such file or directory".
#[test]
fn a_missing_file_is_said_in_the_users_language() {
    let (code, _, err) = tierwise(&["analyze", "no/such/roster.csv", "--lang", "pl"], None);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("no/such/roster.csv: nie ma takiego pliku"),
        "{err}"
    );
    no_english(&err, &["No such", "directory", "os error"]);
    let (code, err) = tierwise_in("ar_SA.UTF-8", &["analyze", "no/such/roster.csv"], "");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("لا يوجد ملف بهذا الاسم"), "{err}");
    no_english(&err, &["No such", "directory", "os error"]);
}

/// An unknown scheme, command or option: the words are the user's, the names stay.
#[test]
fn unknown_schemes_commands_and_options_are_said_in_the_users_language() {
    let (code, err) = tierwise_in("ar_SA.UTF-8", &["analyze", "-", "--scheme", "nope"], "");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nope") && err.contains("seeds"), "{err}");
    no_english(&err, &["unknown", "scheme \""]);
    let (code, _, err) = tierwise(&["frobnicate", "-", "--lang", "pl"], Some(""));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nieznane polecenie „frobnicate”"), "{err}");
    no_english(&err, &["unknown command"]);
    let (code, _, err) = tierwise(&["analyze", "-", "--lang", "pl", "--frob"], Some(""));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nieznana opcja --frob"), "{err}");
    no_english(&err, &["invalid option", "unexpected"]);
}

#[test]
fn split_options_are_read_by_the_budget_forms_rules_with_its_words() {
    // The same reader and rules as the app's budget panel: "$2,500" is an amount, a box that
    // cannot be used is named with what was typed and what was expected (exit status 2).
    let roster = "handle,platform,followers,likes,comments,price\na,instagram,5000,250,10,100\n";
    for (option, typed, said) in [
        (
            "--budget",
            "lots",
            "--budget: “lots”: expected an amount above 0",
        ),
        (
            "--min-creators",
            "two",
            "--min-creators: “two”: expected a whole number from 0",
        ),
        (
            "--conversion-rate",
            "150%",
            "--conversion-rate: “150%”: expected a percentage from 0 to 100",
        ),
    ] {
        let mut args = vec!["split", "-"];
        if option != "--budget" {
            args.extend(["--budget", "500"]);
        }
        args.extend([option, typed]);
        let (code, _, err) = tierwise(&args, Some(roster));
        assert_eq!(code, 2, "{option} {typed}: {err}");
        assert!(err.contains(said), "{err}");
    }
    let (code, out, err) = tierwise(
        &["split", "-", "--budget", "$2,500", "--format", "json"],
        Some(roster),
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["totals"]["spend"].as_f64().map(|s| s <= 2500.0),
        Some(true),
        "{out}"
    );
}
