//! The one translation table: every word a user reads, in the app or from the CLI, comes
//! from here by key. English is filled in; the seed languages (ar, vi, pl, th) add a table.
//! Also locale-aware number formatting ([`NumberFormat`]).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::domain::split::{BandOf, Bands, Broken, Conflict, Relaxation, Skip};
use crate::domain::{
    ChoiceReason, Comparison, CpmBasis, Field, FieldKind, Flag, Notice, PlatformFrom, Problem,
    ProblemKind, Rating, Tier, COMMENTS_SOURCE, HEALTHY_COMMENTS_PER_100_LIKES,
};

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// The interface language for a BCP 47 tag: its table when there is one, else English.
    pub fn from_tag(_tag: &str) -> Lang {
        Lang::En
    }
}

/// The languages offered for an embedded page (their names are `lang.<tag>`); the number
/// format follows the tag.
pub const EMBED_LANGS: [&str; 9] = [
    "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "pl-PL", "vi-VN", "th-TH", "ar-EG",
];

/// English texts. `{name}` marks a value filled in by [`tf`].
const EN: &[(&str, &str)] = &[
    ("app.title", "Tierwise"),
    ("app.tagline", "Tiers, engagement and cost for your whole creator roster. Nothing leaves your browser."),
    ("input.heading", "Your roster"),
    ("input.paste", "Paste a roster"),
    ("input.paste_hint", "Paste rows from a spreadsheet, or CSV, TSV or JSON. The first row names the columns."),
    ("input.analyse", "Analyse"),
    ("input.sample", "Try a sample roster"),
    ("input.upload", "Upload a roster file"),
    ("input.drop", "…or drop a file here: .csv, .tsv, .txt, .json, or a spreadsheet (.xlsx, .xls, .ods)"),
    ("input.clear", "Clear"),
    ("input.reading", "Reading {name}…"),
    ("input.read_error", "Could not read {name}: {error}"),
    ("status.summary", "{creators} read from {rows}, {problems}"),
    ("count.creators.one", "{n} creator"),
    ("count.creators.other", "{n} creators"),
    ("count.rows.one", "{n} row"),
    ("count.rows.other", "{n} rows"),
    ("count.problems.one", "{n} problem"),
    ("count.problems.other", "{n} problems"),
    ("status.scheme", "{scheme} tiers"),
    ("status.sorted", "sorted by {column}, {direction}"),
    ("status.ascending", "ascending"),
    ("status.descending", "descending"),
    ("app.skip", "Skip to results"),
    ("results.heading", "Results"),
    ("cell.none", "not available"),
    ("status.empty", "Paste a roster or try the sample to begin."),
    ("status.stale", "Reading your edits when you pause typing (or press Analyse)…"),
    ("status.format.delimited", "Read as text separated by {delimiter}"),
    ("status.format.json", "Read as JSON"),
    ("status.format.json_lines", "Read as JSON Lines"),
    ("delimiter.tab", "tabs"),
    ("delimiter.comma", "commas"),
    ("delimiter.semicolon", "semicolons"),
    ("delimiter.pipe", "pipes"),
    ("settings.heading", "Settings"),
    ("settings.scheme", "Tier scheme"),
    ("settings.compare", "Compare with scheme"),
    ("settings.compare_none", "No comparison"),
    ("settings.interactions", "Interactions counted"),
    ("settings.basis", "Engagement rate basis"),
    ("settings.platform", "Platform when the roster has none"),
    ("settings.platform_auto", "From the file (its column names and links), else Instagram"),
    ("settings.platform_hint", "A platform column or a profile link always wins; this is for rows that have neither."),
    ("settings.cutoffs", "Cut-offs (custom scheme)"),
    ("settings.cutoffs_hint", "Editing a cut-off switches to your own scheme. Leave a box empty to drop that tier."),
    ("settings.cutoff_label", "{tier} from (followers)"),
    ("settings.source", "Source: {source}"),
    ("scheme.seeds", "Seeds default (nano 1K, micro 10K, macro 100K, mega 1M)"),
    ("scheme.broad-micro", "Broad micro (seed 000: micro 1K–100K)"),
    ("scheme.hypeauditor", "HypeAuditor (nano 1K, micro 5K, mid 20K)"),
    ("scheme.later-fohr", "Later × Fohr 2021 (mid 100K, macro 500K)"),
    ("scheme.hootsuite", "Hootsuite (mid 50K, macro 500K)"),
    ("scheme.custom", "Custom cut-offs"),
    ("scheme_short.seeds", "Seeds default"),
    ("scheme_short.broad-micro", "Broad micro"),
    ("scheme_short.hypeauditor", "HypeAuditor"),
    ("scheme_short.later-fohr", "Later × Fohr"),
    ("scheme_short.hootsuite", "Hootsuite"),
    ("scheme_short.custom", "Custom"),
    ("scheme_error.no_tiers", "Switch on at least one tier."),
    ("scheme_error.negative", "A cut-off is a number of followers, 0 or more."),
    ("scheme_error.start", "The lowest tier ({tier}) must start at 0 followers."),
    ("scheme_error.rising", "{tier} must start above {previous}."),
    ("interactions.likes_comments", "Likes + comments (HypeAuditor, Upfluence)"),
    ("interactions.likes_comments_shares", "Likes + comments + shares (TikTok style)"),
    ("interactions.all", "Likes + comments + shares + saves (SocialBee)"),
    ("basis.followers", "By followers"),
    ("basis.reach", "By reach"),
    ("basis.views", "By views"),
    ("platform.instagram", "Instagram"),
    ("platform.tiktok", "TikTok"),
    ("platform.youtube", "YouTube"),
    ("platform.other", "Other"),
    ("formula.split_reach", "Budget plan, expected reach of a post: the roster's reach, else impressions, else views; without any, followers × the tier's reach share ({source}), marked “est.”."),
    ("formula.split_engagements", "Budget plan, expected engagements of a post: the creator's E (mean over posts); without likes or comments, followers × the middle of the tier's benchmark ER band, marked “est.”."),
    ("formula.split_conversions", "Budget plan, expected conversions of a post: the roster's conversions or clicks column; else engagements × the conversion rate you type, marked “assumed”."),
    ("formula.split_band", "Pessimistic and optimistic: each creator's weakest and strongest post in the roster; with one row, the benchmark ER band's low and high relative to its middle."),
    ("formula.split_totals", "Plan totals: spend = Σ posts × price per post; CPE = spend ÷ expected engagements; CPM = spend ÷ expected reach × 1,000; CPA = spend ÷ expected conversions; left over = budget − spend."),
    ("formula.split_hhi", "Concentration: the top creator's share of the spend, and HHI = Σ (share of spend in %)², from 10,000 (one creator) down towards 0 (spread thin)."),
    ("formula.split_bound", "Optimal plan: whole posts per creator maximising the objective under the budget and every constraint; the upper bound comes from Lagrangian relaxation (equal to the linear relaxation), the gap is (bound − plan) ÷ bound."),
    ("storage.kept", "Your roster, settings and budget plan are kept in this browser only, so a reload or a closed tab loses nothing."),
    ("storage.clear", "Clear my data"),
    ("storage.confirm_clear", "Remove the roster, settings and budget plan kept in this browser, and clear the page?"),
    ("storage.unavailable", "Autosave is off: this browser does not allow local storage. Everything on screen stays until you close the page."),
    ("storage.refused_roster", "Autosave: this browser refused to store this roster ({chars} characters; its storage for this site is full or turned off), so it is not kept; your settings are. Everything on screen stays."),
    ("storage.restoring", "Restoring your kept roster…"),
    ("rate.bad_range", "{platform} {tier}: “to” ({high}) must be at least “from” ({low}); the card keeps {kept}."),
    ("storage.restore_failed", "Your kept roster could not be read back from this browser's storage; your settings are restored. Paste or upload the roster again."),
    ("storage.refused", "Autosave: the browser refused to store your settings (its storage is full). Everything on screen stays."),
    ("update.ready", "A new version of Tierwise is available."),
    ("update.reload", "Reload"),
    ("budget.heading", "Budget plan"),
    ("budget.intro", "Split a campaign budget across this roster in whole posts. Every strategy is planned side by side; the optimal one maximises your objective under every constraint and proves how close it is to the best possible plan. Nothing leaves your browser."),
    ("budget.goal", "Budget and goal"),
    ("budget.amount", "Total budget"),
    ("budget.currency", "Currency sign"),
    ("budget.objective", "Objective"),
    ("budget.objective.reach", "Awareness: expected reach"),
    ("budget.objective.engagements", "Consideration: expected engagements"),
    ("budget.objective.conversions", "Action: expected clicks or conversions"),
    ("budget.conversion_rate", "Assumed conversion rate (% of engagements)"),
    ("budget.limits", "Posts and limits"),
    ("budget.posts_min", "Fewest posts per creator"),
    ("budget.posts_max", "Most posts per creator"),
    ("budget.cap", "Cap per creator"),
    ("budget.cap_unit", "Cap in"),
    ("budget.cap_unit.percent", "% of budget"),
    ("budget.cap_unit.amount", "amount"),
    ("budget.min_creators", "Fewest creators"),
    ("budget.max_creators", "Most creators"),
    ("budget.tier_mix", "Tier mix"),
    ("budget.mix_hint", "Spend in % of the total budget. Leave both boxes empty for no target."),
    ("budget.platform_mix", "Platform mix"),
    ("budget.band_min", "Min %"),
    ("budget.band_max", "Max %"),
    ("budget.min_label", "{name}: minimum % of budget"),
    ("budget.max_label", "{name}: maximum % of budget"),
    ("budget.creators", "Creators"),
    ("budget.include", "Always include (handles)"),
    ("budget.exclude", "Leave out (handles)"),
    ("budget.error", "“{text}”: {expected}"),
    ("budget.expected.amount", "expected an amount above 0"),
    ("budget.expected.percent", "expected a percentage from 0 to 100"),
    ("budget.expected.whole", "expected a whole number from {min}"),
    ("budget.expected.not_below_min", "the maximum is below the minimum"),
    ("budget.expected.handles", "not in the roster: {unknown}"),
    ("budget.make_plan", "Make the plan"),
    ("budget.big_roster", "This roster is large, so plans are made when you ask rather than on every change."),
    ("budget.skipped", "Not in any plan: {list}."),
    ("budget.strategies", "Strategies side by side"),
    ("budget.col.strategy", "Strategy (show its plan)"),
    ("budget.col.objective", "Expected {objective} (pessimistic–optimistic)"),
    ("budget.col.reach", "Reach"),
    ("budget.col.engagements", "Engagements"),
    ("budget.col.conversions", "Conversions"),
    ("budget.col.creators", "Creators"),
    ("budget.col.left", "Left over"),
    ("budget.col.top_share", "Top creator's share"),
    ("budget.col.constraints", "Constraints"),
    ("budget.col.posts", "Posts"),
    ("budget.col.price", "Price per post"),
    ("budget.col.spend", "Spend"),
    ("budget.col.expected", "Expected {objective}"),
    ("budget.col.option", "Option"),
    ("budget.col.cpe", "CPE"),
    ("budget.col.cpm", "CPM"),
    ("budget.col.hhi", "HHI"),
    ("budget.cpe_title", "Cost per expected engagement: spend ÷ engagements"),
    ("budget.cpm_title", "Cost per thousand people reached: spend ÷ reach × 1,000"),
    ("budget.hhi_title", "Herfindahl–Hirschman index: the sum of squared spend shares in %, from 10,000 (one creator) down (spread)"),
    ("budget.all_met", "all met"),
    ("budget.needs_tier_mix", "Set a tier mix to plan by tiers."),
    ("budget.no_plan", "No plan meets every constraint (see above)."),
    ("budget.band_note", "Ranges are pessimistic–optimistic: each creator's weakest and strongest post where the roster has several, else the tier's benchmark ER band around the estimate."),
    ("budget.conflicts", "No plan meets every constraint"),
    ("budget.mix_heading", "Spend per tier against the targets"),
    ("budget.mix_line", "{tier}: {share} of the budget"),
    ("budget.mix_line_target", "{tier}: {share} of the budget (target {min}–{max})"),
    ("budget.proof_optimal", "Optimal: no plan within these constraints reaches more than {bound} expected {objective}, and this one does."),
    ("budget.proof_gap", "Within {gap} of the best possible plan: no plan within these constraints reaches more than {bound} expected {objective}."),
    ("budget.why", "Why this plan is the best"),
    ("budget.why_text", "Choosing whole posts per creator under a budget, tier bands, a cap and creator counts is a knapsack problem. Tierwise prices each constraint (Lagrangian relaxation) to get an upper bound that no plan can beat, builds plans greedily at those prices, drops every option whose cost against the bound already exceeds the gap, and searches the few creators left. When the search stops early, a closer bound keeps posts whole (each tier's best value for every amount of money, by dynamic programming) and the plan it points to is improved by exchanging posts between creators. If it is still not proven, or no plan was found yet (tight tier bands that a few expensive posts must meet), a branch and bound over the creators left decides them one by one, each step bounded by its own linear program (on a large roster with no plan yet, it first looks among a few creators of each tier). When the bound and the plan meet, the plan is optimal; otherwise the gap between them is what is shown."),
    ("budget.plan_heading", "Plan: {strategy}"),
    ("budget.plan_caption", "Plan ({strategy}): creators, posts and expected outcome"),
    ("budget.plan_summary", "{creators} creators, {posts} posts, {spend} spent, {left} left over."),
    ("budget.estimated_spend", "{spend} of it on rate-card estimates."),
    ("budget.estimated_outcome", "Estimated from followers and a sourced benchmark (see Formulas and sources)"),
    ("budget.assumed_outcome", "From the conversion rate you typed"),
    ("budget.assumed", "assumed"),
    ("budget.total", "Total"),
    ("budget.export", "Export the plan (CSV)"),
    ("budget.export_json", "Export the plan (JSON)"),
    ("budget.copy", "Copy the plan as a table"),
    ("share.heading", "Share and embed"),
    ("share.hint", "A share link carries your roster and settings inside it, after the “#”: browsers never send that part to any server, but anyone you give the link to can see the roster."),
    ("share.link", "Copy a share link"),
    ("share.file", "Save as a file"),
    ("share.embed", "Embed on your site…"),
    ("share.link_label", "Share link"),
    ("share.copied", "Link copied ({chars} characters). Opening it shows this roster with these settings."),
    ("share.made", "Link made ({chars} characters): copy it from the box."),
    ("share.too_long", "This roster makes a link of {chars} characters; links over {max} characters break in many browsers and mail apps. Save it as a file instead and send the file: opening it in Tierwise (Upload a roster file) restores the same view."),
    ("share.saved_file", "Saved {name}: open it with “Upload a roster file” to restore this roster and these settings."),
    ("share.opened_link", "Opened from a shared link: this roster and its settings came inside the link, from no server."),
    ("share.opened_file", "Opened {name}: its roster and settings are restored."),
    ("share.paused", "You opened shared work. Your own roster and settings are still kept in this browser, untouched; changes here are not saved until you choose."),
    ("share.keep_shared", "Keep the shared roster (replaces mine)"),
    ("share.back_to_mine", "Back to my roster"),
    ("share.bad_link", "This share link could not be opened: {reason}. Nothing was changed; your own roster and settings are as you left them."),
    ("share.bad_file", "{name} looks like a Tierwise file but could not be opened: {reason}. Nothing was changed."),
    ("share.error.version", "it was made by another version of Tierwise (format {version})"),
    ("share.error.damaged", "it is damaged or cut off (was all of it copied?)"),
    ("share.error.too_large", "it is longer, or unpacks to more, than any link Tierwise makes"),
    ("share.error.not_a_record", "its content is not a Tierwise roster and settings ({detail})"),
    ("embed.heading", "Embed Tierwise on your site"),
    ("embed.intro", "Paste this snippet into a page of your blog or site. It shows Tierwise in a frame that grows to fit its content; your readers' rosters stay in their own browsers."),
    ("embed.compact", "Compact (no page header)"),
    ("embed.theme", "Theme"),
    ("embed.theme.auto", "Follow the reader's system"),
    ("embed.theme.light", "Light"),
    ("embed.theme.dark", "Dark"),
    ("embed.lang", "Language and number format"),
    ("embed.lang.auto", "The reader's browser"),
    ("embed.lang_hint", "The text is in English for now; the number format follows the language chosen."),
    ("lang.en-US", "English (United States)"),
    ("lang.en-GB", "English (United Kingdom)"),
    ("lang.de-DE", "German (Germany)"),
    ("lang.fr-FR", "French (France)"),
    ("lang.es-ES", "Spanish (Spain)"),
    ("lang.pl-PL", "Polish (Poland)"),
    ("lang.vi-VN", "Vietnamese (Vietnam)"),
    ("lang.th-TH", "Thai (Thailand)"),
    ("lang.ar-EG", "Arabic (Egypt)"),
    ("embed.scheme", "Tier scheme to start with"),
    ("embed.scheme.none", "The default (the reader's own choice is kept)"),
    ("embed.snippet", "Snippet to paste"),
    ("embed.copy", "Copy the snippet"),
    ("embed.copied", "Snippet copied."),
    ("embed.close", "Close"),
    ("embed.iframe_title", "Tierwise: influencer roster calculator"),
    ("export.copied", "Copied {rows} rows: paste them into a spreadsheet."),
    ("export.no_clipboard", "This browser does not allow copying here; use an export instead."),
    ("export.results", "Export the results"),
    ("export.results_csv", "Export results (CSV)"),
    ("export.results_json", "Export results (JSON)"),
    ("export.results_copy", "Copy results as a table"),
    ("budget.mega_caption", "The same budget on one mega creator or on 30–40 micro creators (seed 001)"),
    ("budget.one_mega", "One mega creator"),
    ("budget.one_mega_named", "One mega creator (@{handle})"),
    ("budget.micro_team", "30–40 micro creators (as many as the budget pays; {available} in the roster fit it)"),
    ("budget.no_mega", "No mega creator in the roster fits the budget."),
    ("budget.no_micro", "No micro creator in the roster fits the budget."),
    ("col.creator", "Creator"),
    ("cell.estimated_price", "Price estimated from the rate card"),
    ("objective.reach", "reach"),
    ("objective.engagements", "engagements"),
    ("objective.conversions", "conversions"),
    ("strategy.equal", "Equal split"),
    ("strategy.proportional", "Proportional to the objective"),
    ("strategy.tier-mix", "Tier-mix split"),
    ("strategy.optimal", "Optimal"),
    ("split.disclosure", "Sponsored posts need a clear and conspicuous disclosure such as #ad (FTC); it is the brand's duty to make sure every creator adds it."),
    ("skip.no_tier.one", "{n} creator without a follower count"),
    ("skip.no_tier.other", "{n} creators without a follower count"),
    ("skip.no_price.one", "{n} creator without a price (and no rate-card row)"),
    ("skip.no_price.other", "{n} creators without a price (and no rate-card row)"),
    ("skip.no_engagements.one", "{n} creator without engagement figures or a benchmark"),
    ("skip.no_engagements.other", "{n} creators without engagement figures or a benchmark"),
    ("skip.excluded.one", "{n} creator left out by you"),
    ("skip.excluded.other", "{n} creators left out by you"),
    ("skip.other_currency.one", "{n} creator whose price is in another currency than the budget (nothing is converted)"),
    ("skip.other_currency.other", "{n} creators whose prices are in another currency than the budget (nothing is converted)"),
    ("skip.over_cap.one", "{n} creator whose fewest posts cost more than the cap or the budget"),
    ("skip.over_cap.other", "{n} creators whose fewest posts cost more than the cap or the budget"),
    ("conflict.band_nobody", "{what} needs at least {need}, but none of its creators can be paid within the budget, the cap and the band."),
    ("conflict.no_figures", "No creator has figures for {objective}: add a conversions (or clicks) column, or type an assumed conversion rate."),
    ("conflict.no_candidates", "No creator can be planned: each needs a follower count and a price (supplied, or from the rate card)."),
    ("conflict.minimums_over_budget", "The minimum shares of the {what} add up to {total} of the budget, more than 100%."),
    ("conflict.band_reversed", "{what}: the minimum {min} is above the maximum {max}."),
    ("conflict.band_out_of_reach", "{what} needs at least {need}, but all its creators together, at the most posts each, cost {most}."),
    ("conflict.min_over_max", "At least {min} creators are asked for, but at most {max} are allowed."),
    ("conflict.too_few", "At least {min} creators are asked for, but only {available} can be paid (they need a price within the cap)."),
    ("conflict.min_over_budget", "The {min} cheapest creators at their fewest posts cost {cheapest}, more than the budget of {budget}."),
    ("conflict.forced_over_budget", "The creators you require cost {spend} at their fewest posts, more than the budget of {budget}."),
    ("conflict.forced_over_max", "{forced} creators are required, but at most {max} are allowed."),
    ("conflict.forced_over_band", "The creators you require put {spend} into {what}, above its maximum of {max}."),
    ("conflict.forced_over_cap", "{creator} is required, but their fewest posts cost {spend}, more than one creator can get here ({cap}: the least of the cap, the budget and their tier's and platform's maximum)."),
    ("conflict.forced_not_plannable", "{creator} is required but cannot be in a plan: also left out, or without a follower count, a price or figures for the objective."),
    ("conflict.together", "Each constraint can be met on its own, but no plan of whole posts meets them all together."),
    ("conflict.gave_up", "The search stopped before finding a plan or proving there is none; loosen a constraint."),
    ("relax.band_short", "With the other constraints kept, {what} can get at most {most} of the budget; you asked for at least {min}."),
    ("relax.count_short", "With the other constraints kept, the most creators that fit is {most}; you asked for at least {min}."),
    ("relax.max_creators", "Without the maximum of {max} creators there is a plan, with {reached} creators."),
    ("relax.cap", "Without the cap there is a plan; its largest creator gets {largest}."),
    ("relax.none", "No single minimum could be singled out: try loosening a band's maximum, the cap or the posts per creator."),
    ("bands.tiers", "tiers"),
    ("bands.platforms", "platforms"),
    ("broken.band", "{what} gets {spend} (target {min}–{max})"),
    ("broken.min_creators.one", "{creators} creator (at least {min} asked)"),
    ("broken.min_creators.other", "{creators} creators (at least {min} asked)"),
    ("broken.max_creators.one", "{creators} creator (at most {max} asked)"),
    ("broken.max_creators.other", "{creators} creators (at most {max} asked)"),
    ("broken.forced", "{missing} required creators left out"),
    ("tier.emerging", "Emerging"),
    ("tier.nano", "Nano"),
    ("tier.micro", "Micro"),
    ("tier.mid", "Mid"),
    ("tier.macro", "Macro"),
    ("tier.mega", "Mega"),
    ("tier.none", "No follower count"),
    ("summary.caption", "Tier summary"),
    ("summary.tier", "Tier"),
    ("summary.range", "Followers"),
    ("summary.creators", "Creators"),
    ("summary.share", "Share"),
    ("summary.median_er", "Median ER"),
    ("summary.total_followers", "Total followers"),
    ("summary.price", "Price per post"),
    ("summary.estimated", "{count} estimated"),
    ("compare.caption", "Scheme comparison"),
    ("compare.hint", "Creators per tier under each scheme"),
    ("table.caption", "Creators"),
    ("table.sort", "Sort by {column}"),
    ("table.showing", "Showing {shown} of {total} creators"),
    ("table.show_more", "Show more"),
    ("col.line", "Line"),
    ("col.handle", "Handle"),
    ("col.name", "Name"),
    ("col.platform", "Platform"),
    ("col.followers", "Followers"),
    ("col.tier", "Tier"),
    ("col.engagements", "Interactions / post"),
    ("col.er", "ER"),
    ("col.er_followers", "ER by followers"),
    ("col.er_views", "ER by views"),
    ("col.er_reach", "ER by reach"),
    ("col.benchmark", "Benchmark"),
    ("col.price", "Price / post"),
    ("col.cpe", "CPE"),
    ("col.cpm", "CPM"),
    ("col.cpv", "CPV"),
    ("col.flags", "Flags"),
    ("cell.median", "median {value}"),
    ("cell.posts", "{count} posts"),
    ("cell.estimated", "est."),
    ("cell.estimated_title", "Estimated from the rate card ({source}): {band} {platform}, {low}–{high}"),
    ("cell.supplied_er", "from the roster"),
    ("cell.partial", "partial"),
    ("cell.partial_title", "Partial: computed from only some of the interactions it counts (likes or comments missing), or from posts without views or reach. It may read low for that reason alone, so no “very low” flag is raised."),
    ("cell.rating_vs_benchmark", "Rated {rating} for Instagram overall (Influencer Marketing Hub’s bands), yet {comparison} the range for {segment} ({range}): accounts of this size usually engage {direction}."),
    ("cell.direction.more", "more"),
    ("cell.direction.less", "less"),
    ("cell.cpm_basis", "on {basis}"),
    ("cpm.impressions", "impressions"),
    ("cpm.views", "views"),
    ("cpm.reach", "reach"),
    ("cpm.followers", "followers (stand-in)"),
    ("rating.low", "low"),
    ("rating.average", "average"),
    ("rating.high", "high"),
    ("rating.very_high", "very high"),
    ("comparison.below", "below"),
    ("comparison.within", "within"),
    ("comparison.above", "above"),
    ("benchmark.cell", "{comparison} {segment} {range}"),
    ("segment.audience", "{min}–{max} followers"),
    ("segment.audience_up", "{min}+ followers"),
    ("segment.subscribers", "{min}–{max} subscribers"),
    ("segment.subscribers_up", "{min}+ subscribers"),
    ("scheme.custom_source", "Your cut-offs"),
    ("rates.edited", "{source}, edited by you"),
    ("benchmark.none", "no benchmark"),
    ("formula.heading", "Formulas and sources"),
    ("formula.e", "Interactions per post (E) = {parts}. A count the roster lacks adds nothing; where one is missing and the roster gives interactions as one figure (“Engagement avg.”), that figure is E."),
    ("formula.er_followers", "ER by followers = E ÷ followers × 100 (HypeAuditor, Upfluence)"),
    ("formula.er_reach", "ER by reach = E ÷ reach × 100; with per-post rows, the mean of per-post rates (Flowbox)"),
    ("formula.er_views", "ER by views = E ÷ views × 100 (HypeAuditor TikTok, Modash)"),
    ("formula.ltf", "Likes-to-followers = likes ÷ followers × 100 (InfluencerDB)"),
    ("formula.median", "With one row per post, mean and median are both shown: a viral post lifts the mean."),
    ("formula.cpe", "CPE = price per post ÷ E (Upfluence)"),
    ("formula.cpm", "CPM = price per post ÷ impressions × 1000; views, reach or followers stand in when impressions are missing, and say so (Upfluence)"),
    ("formula.cpv", "CPV = price per post ÷ views"),
    ("formula.price", "Missing prices are estimated from the rate card ({source}): the middle of the range for the creator's size, marked “est.”"),
    ("formula.benchmarks", "Benchmarks, each compared only with an ER on the same basis and by the creator’s followers (subscribers on YouTube), whatever the tier scheme: Instagram by followers ({passo}; under 1,000 followers {markerly}); TikTok by followers ({timf}) and by views ({modash_tiktok}); YouTube by views ({sociavault}) and by subscribers ({modash_youtube}). A single published figure is shown as one figure. No source gives ER by reach, so it has no benchmark. Rating bands: {rating}; when a rating and a size benchmark disagree, the ER cell says why."),
    ("formula.flags", "Flags: ER under a third of its benchmark's low end or over three times its high end (a Tierwise rule of thumb); comments per 100 likes outside {low}–{high} ({source})."),
    ("e.likes", "likes"),
    ("e.comments", "comments"),
    ("e.shares", "shares"),
    ("e.saves", "saves"),
    ("rates.heading", "Rate card"),
    ("rates.hint", "Prices per post in US dollars used when the roster has none ({source}). Estimates use the middle of the range, or its lower end when it has no upper end."),
    ("rates.caption", "Price per post by platform and size"),
    ("rates.input", "{platform} {band}: {which} ($)"),
    ("rates.from", "from"),
    ("rates.to", "to"),
    ("problems.heading", "Problems ({count})"),
    ("problems.none", "No problems: every row was read."),
    ("problems.summary_column", "Column “{column}”: {count} cells left empty"),
    ("problems.summary_rows", "Rows left out: {count}"),
    ("problems.show_line", "Show"),
    ("problems.show_line_label", "Show line {line} in the paste box"),
    ("problems.cell_kept", "The cell is left empty; the rest of the row is used."),
    ("problems.row_left_out", "The row is left out."),
    ("problem.at_cell", "{line}, column “{column}”: “{text}”: {what}"),
    ("problem.at_row", "{line}: “{text}”: {what}"),
    ("problem.line", "Line {line}"),
    ("problem.object", "Object {item} (line {line})"),
    ("problem.more_in_column", "And {count} more cells of “{column}” like this, from line {line} on: {what}"),
    ("problem.more_rows", "And {count} more rows like this, from line {line} on: {what}"),
    ("problem.expected.count", "expected a number such as 12.5K or 10,000"),
    ("problem.expected.money", "expected a price such as 250 or $1,200"),
    ("problem.expected.percent", "expected a percentage such as 4.5%"),
    ("problem.expected.text", "expected text"),
    ("problem.grouping", "the thousands groups are not three digits long; {expected}"),
    ("problem.negative", "cannot be negative; {expected}"),
    ("problem.percent", "a percent sign here makes no sense; {expected}"),
    ("problem.no_identity", "no handle and no name, so the row cannot be told apart"),
    ("problem.too_many_cells", "{found} cells where the header has {expected}: is there an unquoted comma in a name?"),
    ("problem.json", "not valid JSON ({message})"),
    ("problem.not_a_platform", "expected a platform such as Instagram, TikTok or YouTube; the row's platform is taken as for a row without one"),
    ("problem.unclosed_quote", "a quote opens a cell here and never closes; reading goes on from the next line"),
    ("input.file_unreadable", "{name} could not be read: {reason}"),
    ("input.not_a_roster", "{name} looks like {kind}, not a roster. Tierwise reads CSV, TSV, JSON and spreadsheet files (.xlsx, .xls, .ods)."),
    ("input.workbook_unreadable", "{name}: {reason}"),
    ("input.workbook_damaged", "the workbook could not be read (it may be damaged or password-protected): {message}"),
    ("input.workbook_no_sheets", "the workbook has no worksheet"),
    ("input.workbook_no_sheet", "the workbook has no sheet {n}"),
    ("input.sheet_read", "Read sheet “{sheet}” of {name} ({n} of {count})."),
    ("input.sheet_skipped_empty", "The sheets before it are empty."),
    ("input.sheet_label", "Sheet"),
    ("input.sheet_hidden", "{sheet} (hidden)"),
    ("file.png", "a PNG image"),
    ("file.jpeg", "a JPEG photo"),
    ("file.gif", "a GIF image"),
    ("file.webp", "a WebP image"),
    ("file.heic", "a HEIC photo"),
    ("file.bmp", "a BMP image"),
    ("file.tiff", "a TIFF image"),
    ("file.pdf", "a PDF document"),
    ("file.zip", "a zip archive"),
    ("file.gzip", "a gzip archive"),
    ("file.7z", "a 7-Zip archive"),
    ("file.rar", "a RAR archive"),
    ("file.word", "a Word document"),
    ("file.presentation", "a PowerPoint presentation"),
    ("file.video", "a video"),
    ("file.audio", "an audio file"),
    ("file.executable", "a program"),
    ("file.sqlite", "an SQLite database"),
    ("file.binary", "a binary file"),
    ("notice.read_as.engagement_rate", "“{column}” holds percentages, so it is read as the engagement rate."),
    ("notice.read_as.engagements", "“{column}” holds counts above 100 with no % sign, so it is read as interactions per post, not as a rate."),
    ("notice.not_platforms", "“{column}” holds {examples}…, not platforms: it is kept as an extra column."),
    ("notice.lifetime_by_cells", "“{column}” holds lifetime totals (typically {times} times the followers), not {field} per post: it is kept as an extra column."),
    ("notice.lifetime_by_header", "“{column}” is a total over the account’s life, not {field} per post: it is kept as an extra column."),
    ("notice.columns_combined", "{columns} never hold {field} in the same row: together they give it."),
    ("notice.column_chosen", "Several columns give {field}: “{used}” is used because {why}; the others ({over}) are kept as extra columns."),
    ("notice.why.not_lifetime", "the others hold lifetime totals"),
    ("notice.why.average", "it is the average per post"),
    ("notice.why.more_digits", "its figures are exact where the others are rounded"),
    ("notice.why.fuller", "it has more figures"),
    ("notice.why.first", "it comes first and nothing else tells them apart"),
    ("notice.identity_both", "From their cells: “{handle}” holds handles (no spaces) and “{name}” display names."),
    ("notice.identity_handle", "From its cells: “{handle}” holds handles (no spaces)."),
    ("notice.identity_none", "No column holds handles: creators are told apart by name."),
    ("notice.identity_extra", "Also naming creators, kept as extra columns: {columns}."),
    ("notice.name_and_handle", "“{column}” holds “Name @handle”: names and handles are both taken from it."),
    ("notice.platform_from_headers", "No platform column: {rows} rows taken as {platform} from the column names ({headers}). If that is wrong, change the platform for rows without one."),
    ("notice.platform_default", "Nothing in the file says which platform: {rows} rows taken as {platform}. If that is wrong, change the platform for rows without one."),
    ("notice.platform_from_links", "{rows} rows took their platform from their profile or post links."),
    ("notice.rate_as_fraction", "“{column}” holds fractions (0.0139 for 1.39%): read as percentages."),
    ("notice.header_on_line", "The header is on line {line}; the lines above it are not creators."),
    ("notice.too_many_columns", "The first line has {found} cells; a roster has at most {max} columns, so this is not one and nothing was read. Is it a whole file on one line?"),
    ("notice.unwrapped_rows", "Every line was wrapped whole in quotes (as some spreadsheet round trips write it): read without them."),
    ("summary.mixed_currencies", "several currencies"),
    ("columns.note.chosen", "used rather than {over}: {why}"),
    ("columns.note.not_chosen", "not used: “{used}” gives {field}, because {why}"),
    ("columns.note.lifetime", "lifetime totals, not {field} per post: not used"),
    ("columns.note.not_platforms", "its cells are not platforms: not used"),
    ("columns.note.read_as", "read as {field}, from its cells"),
    ("columns.note.handles", "handles, from its cells (no spaces)"),
    ("columns.note.names", "display names, from its cells"),
    ("columns.note.name_and_handle", "“Name @handle”: both taken from it"),
    ("columns.note.fraction", "fractions, read as percentages"),
    ("columns.note.combined", "together with {columns}: never both in one row"),
    ("notice.mixed_currencies", "Prices are in more than one currency ({counts}). Each is shown in its own currency and nothing is converted; a budget plan uses only the prices in its currency."),
    ("notice.unmarked_prices", "{count} prices without a currency sign were taken to be in {currency}, like the others."),
    ("notice.not_a_roster", "This looks like {kind}, not a roster: nothing was read. Tierwise reads CSV, TSV, JSON and spreadsheet files (.xlsx, .xls, .ods)."),
    ("notice.sheet", "Read sheet “{sheet}” ({n} of {count})."),
    ("notice.workbook_unreadable", "The workbook could not be read (it may be damaged or password-protected): {message}"),
    ("notice.not_utf8", "The file is not UTF-8; it was read as Windows-1252."),
    ("notice.utf16", "The file is UTF-16 text (what Excel saves as “Unicode text”); it was read as such."),
    ("notice.repaired_bytes", "Bytes that are not valid UTF-8: {bytes}, on lines {lines}. Each was read as a Windows-1252 character (such as “é”) and the rest of the file as UTF-8; the creators on those lines are flagged."),
    ("notice.names_as_handles", "No handle column: creators are told apart by name."),
    ("notice.per_post", "{creators} one row per post ({rows} rows): their figures are per-post means, with medians."),
    ("notice.creators.one", "{n} creator has"),
    ("notice.creators.other", "{n} creators have"),
    ("notice.duplicates.one", "{n} row repeated an earlier row exactly and was counted once."),
    ("notice.duplicates.other", "{n} rows repeated an earlier row exactly and were counted once."),
    ("notice.repaired.one", "{n} text looked wrongly decoded (like “CÃ´te”) and was repaired."),
    ("notice.repaired.other", "{n} texts looked wrongly decoded (like “CÃ´te”) and were repaired."),
    ("columns.heading", "Columns"),
    ("columns.hint", "How each column was understood. Change any that is wrong."),
    ("columns.header", "Column"),
    ("columns.field", "Read as"),
    ("columns.select", "Column “{header}” holds"),
    ("columns.ignore", "Nothing (keep as extra)"),
    ("columns.missing", "Tierwise needs {field}: which column holds it?"),
    ("columns.decimal", "{mark} decimal mark ({why})"),
    ("columns.mark.dot", "“.”"),
    ("columns.mark.comma", "“,”"),
    ("columns.why.column", "from this column"),
    ("columns.why.other_columns", "from other columns"),
    ("columns.why.delimiter", "semicolon-separated file"),
    ("columns.why.field_default", "no cell decides; usual for this field"),
    ("columns.why.thousands", "a count: “1.234” and “1,234” both mean 1,234"),
    ("field.handle", "handle"),
    ("field.name", "name"),
    ("field.platform", "platform"),
    ("field.followers", "followers"),
    ("field.likes", "likes"),
    ("field.comments", "comments"),
    ("field.shares", "shares"),
    ("field.saves", "saves"),
    ("field.views", "views"),
    ("field.reach", "reach"),
    ("field.conversions", "conversions (clicks, sales)"),
    ("field.impressions", "impressions"),
    ("field.engagements", "interactions per post"),
    ("field.posts", "number of posts"),
    ("field.price", "price per post"),
    ("field.category", "category"),
    ("field.country", "country"),
    ("field.engagement_rate", "engagement rate (given)"),
    ("field.post", "post id, link or date"),
    ("flag.er_very_low", "ER {er} is far below the benchmark's {low}: inactive or bought followers?"),
    ("flag.er_very_high", "ER {er} is far above the benchmark's {high}: engagement pods, or a mistyped follower count?"),
    ("flag.comment_ratio", "{ratio} comments per 100 likes, outside the healthy {low}–{high} ({source})."),
    ("flag.likes_hidden", "{likes} likes beside this audience: likes are probably hidden."),
    ("flag.views_below_likes", "Fewer views ({views}) than likes ({likes})."),
    ("flag.engagements_above_followers", "More interactions per post ({engagements}) than followers ({followers})."),
    ("flag.duplicate", "Repeated exactly on line {lines}: counted once."),
    ("list.more", "{shown} and {n} more"),
    ("flag.conflicting_rows", "Listed on lines {lines} with different follower counts: the last is used."),
    ("flag.no_followers", "No follower count: no tier."),
    ("flag.repaired_text", "Text repaired from a wrong charset."),
    ("cli.usage", "usage: tierwise analyze FILE|- [--scheme NAME] [--platform NAME] [--basis followers|reach|views]\n  [--format jsonl|csv] [--map \"HEADER=FIELD,…\"] [--sheet NAME|N]\n       tierwise split FILE|- --budget AMOUNT … (tierwise split --help)\nschemes: seeds, broad-micro, hypeauditor, later-fohr, hootsuite\nplatforms (for rows without one; by default taken from the file's words, else instagram): instagram, tiktok, youtube\nfields for --map: handle, name, platform, followers, likes, comments, shares, saves, views, reach, impressions,\n  engagements, posts, price, category, country, engagement_rate, post, conversions, or ignore\nfiles: CSV, TSV, JSON, JSON Lines, .xlsx, .xls, .ods (--sheet picks a sheet; default: the first that holds anything)"),
    ("cli.split_usage", "usage: tierwise split FILE|- --budget AMOUNT --objective reach|engagements|conversions\n  [--tier-mix micro=60..80,nano=10..30] [--platform-mix instagram=50..100]\n  [--max-per-creator 20%|AMOUNT] [--min-creators N] [--max-creators N] [--posts MIN..MAX]\n  [--conversion-rate PCT] [--strategy optimal|equal|proportional|tier-mix] [--format json|csv]\n  [--scheme NAME] [--platform NAME] [--currency SIGN]\nexit status: 0 a plan, 1 nothing read, 2 bad arguments, 3 no plan meets the constraints"),
    ("cli.split_summary", "tierwise: {strategy} plan: {creators} creators, {posts} posts, {spend} of {budget} spent, {objective} expected {value}"),
    ("cli.split_gap", "tierwise: within {gap} of the best possible plan (upper bound {bound})"),
    ("cli.split_all_estimated", "tierwise: every price is an estimate from the rate card ({source}): give a price column for a plan on real prices"),
    ("cli.split_nothing_fits", "No creator fits: the cheapest post costs {cheapest} and the budget is {budget} (within the cap per creator, if any)."),
    ("cli.split_no_candidates", "No creator can be planned: each lacks a follower count (so a tier) or a price (see above)."),
    ("cli.split_conflicts", "tierwise: no plan meets every constraint:"),
    ("cli.columns", "tierwise: columns (change with --map \"HEADER=FIELD,…\"):"),
    ("cli.column", "  “{header}” → {what}"),
    ("cli.column_mapped", "{field} (as mapped)"),
    ("cli.column_ignored", "ignored (as mapped)"),
    ("cli.column_extra", "not used (kept as an extra column)"),
    ("cli.nothing_read", "tierwise: no creator could be read from {file}"),
    ("cli.missing", "tierwise: no column for {field} was recognised; columns: {columns}"),
    ("cli.summary", "tierwise: {creators} creators from {rows} rows, {problems} problems"),
];

fn table(lang: Lang) -> &'static HashMap<&'static str, &'static str> {
    static EN_MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    match lang {
        Lang::En => EN_MAP.get_or_init(|| EN.iter().copied().collect()),
    }
}

/// The text for `key`; the key itself when missing (so a gap shows, rather than nothing).
pub fn t(lang: Lang, key: &str) -> String {
    table(lang)
        .get(key)
        .map_or_else(|| key.to_string(), |s| (*s).to_string())
}

/// "1 creator", "40 creators": `key` is `count.<noun>`; English has one and other.
pub fn count(lang: Lang, nf: &NumberFormat, key: &str, n: usize) -> String {
    let form = if n == 1 { "one" } else { "other" };
    tf(
        lang,
        &format!("{key}.{form}"),
        &[("n", &nf.count(n as f64))],
    )
}

/// The text for `key` with `{name}` placeholders filled in.
pub fn tf(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut s = t(lang, key);
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

/// How numbers are written in the user's locale.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberFormat {
    pub group: String,
    pub decimal: String,
    /// The locale's digits 0–9 when not ASCII (Arabic-Indic, Thai).
    pub digits: Option<[char; 10]>,
}

impl Default for NumberFormat {
    fn default() -> Self {
        NumberFormat {
            group: ",".to_string(),
            decimal: ".".to_string(),
            digits: None,
        }
    }
}

impl NumberFormat {
    /// From a sample of the locale formatting 1234567.5 (what `Intl.NumberFormat` gives),
    /// e.g. `1,234,567.5`, `1.234.567,5`, `1 234 567,5`, `١٬٢٣٤٬٥٦٧٫٥`.
    pub fn from_sample(sample: &str) -> NumberFormat {
        let chars: Vec<char> = sample.chars().collect();
        let is_digit = |c: char| c.is_numeric();
        let digit_zero = chars.iter().find(|c| is_digit(**c)).map(|c| *c as u32 - 1);
        let digits = digit_zero.filter(|z| *z != '0' as u32).and_then(|zero| {
            let ds: Option<Vec<char>> = (0..10).map(|i| char::from_u32(zero + i)).collect();
            ds.and_then(|v| <[char; 10]>::try_from(v).ok())
        });
        // Separators: non-digit runs between digits. The last one is the decimal mark.
        let mut seps: Vec<String> = Vec::new();
        let mut cur = String::new();
        let mut seen_digit = false;
        for c in chars {
            if is_digit(c) {
                if seen_digit && !cur.is_empty() {
                    seps.push(std::mem::take(&mut cur));
                }
                seen_digit = true;
            } else if seen_digit {
                cur.push(c);
            }
        }
        match seps.as_slice() {
            [] => NumberFormat::default(),
            [decimal] => NumberFormat {
                group: String::new(),
                decimal: decimal.clone(),
                digits,
            },
            [group, .., decimal] => NumberFormat {
                group: group.clone(),
                decimal: decimal.clone(),
                digits,
            },
        }
    }

    /// `v` with at most `decimals` decimals (trailing zeros dropped), grouped by thousands.
    pub fn format(&self, v: f64, decimals: usize) -> String {
        if !v.is_finite() {
            return "–".to_string();
        }
        let s = format!("{:.*}", decimals, v.abs());
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i.to_string(), f.trim_end_matches('0').to_string()),
            None => (s, String::new()),
        };
        let mut out = String::new();
        if v < 0.0 && (int != "0" || !frac.is_empty()) {
            out.push('-');
        }
        let n = int.len();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (n - i) % 3 == 0 {
                out.push_str(&self.group);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push_str(&self.decimal);
            out.push_str(&frac);
        }
        match self.digits {
            Some(d) => out
                .chars()
                .map(|c| c.to_digit(10).map_or(c, |i| d[i as usize]))
                .collect(),
            None => out,
        }
    }

    /// A count: whole numbers grouped, averages with up to one decimal.
    pub fn count(&self, v: f64) -> String {
        self.format(v, if v.fract() == 0.0 || v >= 100.0 { 0 } else { 1 })
    }

    /// A percentage with two decimals: `4.25%`.
    pub fn percent(&self, v: f64) -> String {
        format!("{}%", self.format(v, 2))
    }

    /// Money prefixed `$` (the rate card's currency): whole dollars from $100, else cents.
    pub fn money(&self, v: f64) -> String {
        self.money_in("$", v)
    }

    /// Money prefixed with a currency sign or code (`€`, `PLN `).
    pub fn money_in(&self, currency: &str, v: f64) -> String {
        if v >= 100.0 || v.fract() == 0.0 {
            return format!("{currency}{}", self.format(v, 0));
        }
        let cents = self.format(v, 2);
        // Keep two decimals: $0.50, not $0.5.
        let pad = match cents.split_once(self.decimal.as_str()) {
            Some((_, frac)) if frac.chars().count() == 1 => "0".to_string(),
            None => format!("{}00", self.decimal),
            _ => String::new(),
        };
        format!("{currency}{cents}{pad}")
    }

    /// Compact count: `12.5K`, `1.2M`, for summaries.
    /// Round thresholds as people write them: `0`, `10K`, `500K`, `1M`.
    pub fn compact_short(&self, v: f64) -> String {
        if v >= 1e6 {
            format!("{}M", self.format(v / 1e6, 1))
        } else if v >= 1e3 {
            format!("{}K", self.format(v / 1e3, 1))
        } else {
            self.format(v, 0)
        }
    }

    pub fn compact(&self, v: f64) -> String {
        if v < 10_000.0 {
            return self.format(v, 1);
        }
        let units = [(1e3, "K"), (1e6, "M"), (1e9, "B")];
        let mut i = if v >= 1e9 {
            2
        } else if v >= 1e6 {
            1
        } else {
            0
        };
        // Round to what is shown first, so 999,950 reads 1M, not 1,000K.
        if ((v / units[i].0) * 10.0).round() / 10.0 >= 1000.0 && i < 2 {
            i += 1;
        }
        format!("{}{}", self.format(v / units[i].0, 1), units[i].1)
    }
}

/// What a benchmark is for: "micro", "10K–100K followers", "1M+ subscribers" (YouTube).
pub fn segment_name(lang: Lang, nf: &NumberFormat, b: &crate::domain::Benchmark) -> String {
    let (range, up) = if b.platform == crate::domain::Platform::YouTube {
        ("segment.subscribers", "segment.subscribers_up")
    } else {
        ("segment.audience", "segment.audience_up")
    };
    match b.segment {
        crate::domain::Segment::Tier { tier } => tier_name(lang, Some(tier)).to_lowercase(),
        crate::domain::Segment::Audience {
            min,
            max: Some(max),
        } => tf(
            lang,
            range,
            &[
                ("min", &nf.compact_short(min)),
                ("max", &nf.compact_short(max)),
            ],
        ),
        crate::domain::Segment::Audience { min, max: None } => {
            tf(lang, up, &[("min", &nf.compact_short(min))])
        }
    }
}

pub fn tier_name(lang: Lang, tier: Option<Tier>) -> String {
    match tier {
        Some(t) => self::t(lang, &format!("tier.{}", t.id())),
        None => t(lang, "tier.none"),
    }
}

pub fn field_name(lang: Lang, field: Field) -> String {
    t(lang, &format!("field.{}", field.id()))
}

pub fn rating_name(lang: Lang, r: Rating) -> String {
    t(
        lang,
        match r {
            Rating::Low => "rating.low",
            Rating::Average => "rating.average",
            Rating::High => "rating.high",
            Rating::VeryHigh => "rating.very_high",
        },
    )
}

pub fn comparison_name(lang: Lang, c: Comparison) -> String {
    t(
        lang,
        match c {
            Comparison::Below => "comparison.below",
            Comparison::Within => "comparison.within",
            Comparison::Above => "comparison.above",
        },
    )
}

pub fn cpm_basis_name(lang: Lang, b: CpmBasis) -> String {
    t(
        lang,
        match b {
            CpmBasis::Impressions => "cpm.impressions",
            CpmBasis::Views => "cpm.views",
            CpmBasis::Reach => "cpm.reach",
            CpmBasis::Followers => "cpm.followers",
        },
    )
}

fn expected(lang: Lang, kind: FieldKind) -> String {
    t(
        lang,
        match kind {
            FieldKind::Count => "problem.expected.count",
            FieldKind::Money => "problem.expected.money",
            FieldKind::Percent => "problem.expected.percent",
            FieldKind::Text => "problem.expected.text",
        },
    )
}

/// "Line 7, column “followers”: “12,x5”: expected a number such as 12.5K or 10,000".
/// What was wrong, in a few words (no position, no text).
fn problem_reason(lang: Lang, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::NotANumber { expected: k } => expected(lang, *k),
        ProblemKind::BadGrouping { expected: k } => tf(
            lang,
            "problem.grouping",
            &[("expected", &expected(lang, *k))],
        ),
        ProblemKind::Negative { expected: k } => tf(
            lang,
            "problem.negative",
            &[("expected", &expected(lang, *k))],
        ),
        ProblemKind::UnexpectedPercent { expected: k } => tf(
            lang,
            "problem.percent",
            &[("expected", &expected(lang, *k))],
        ),
        ProblemKind::NoIdentity => t(lang, "problem.no_identity"),
        ProblemKind::TooManyCells { expected, found } => tf(
            lang,
            "problem.too_many_cells",
            &[
                ("expected", &expected.to_string()),
                ("found", &found.to_string()),
            ],
        ),
        ProblemKind::Json { message } => tf(lang, "problem.json", &[("message", message)]),
        ProblemKind::UnclosedQuote => t(lang, "problem.unclosed_quote"),
        ProblemKind::NotAPlatform => t(lang, "problem.not_a_platform"),
        ProblemKind::More { like, .. } => problem_reason(lang, like),
    }
}

pub fn describe_problem(lang: Lang, nf: &NumberFormat, p: &Problem) -> String {
    let what = problem_reason(lang, &p.kind);
    if let ProblemKind::More { count, .. } = &p.kind {
        let count = nf.count(*count as f64);
        let line = p.line.to_string();
        return match &p.column {
            Some(column) => tf(
                lang,
                "problem.more_in_column",
                &[
                    ("count", &count),
                    ("column", column),
                    ("line", &line),
                    ("what", &what),
                ],
            ),
            None => tf(
                lang,
                "problem.more_rows",
                &[("count", &count), ("line", &line), ("what", &what)],
            ),
        };
    }
    let line = match p.item {
        Some(item) => tf(
            lang,
            "problem.object",
            &[("item", &item.to_string()), ("line", &p.line.to_string())],
        ),
        None => tf(lang, "problem.line", &[("line", &p.line.to_string())]),
    };
    match &p.column {
        Some(col) => tf(
            lang,
            "problem.at_cell",
            &[
                ("line", &line),
                ("column", col),
                ("text", &p.text),
                ("what", &what),
            ],
        ),
        None => tf(
            lang,
            "problem.at_row",
            &[("line", &line), ("text", &p.text), ("what", &what)],
        ),
    }
}

/// Line numbers for a sentence: all of them up to 20, else the first 20 and how many more
/// (a roster of one row repeated 100,000 times must not make a 600,000-character flag).
fn lines(lang: Lang, ls: &[u64]) -> String {
    const SHOWN: usize = 20;
    let first = ls
        .iter()
        .take(SHOWN)
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    if ls.len() <= SHOWN {
        first
    } else {
        tf(
            lang,
            "list.more",
            &[("shown", &first), ("n", &(ls.len() - SHOWN).to_string())],
        )
    }
}

/// One-line explanation of a flag.
pub fn describe_flag(lang: Lang, nf: &NumberFormat, f: &Flag) -> String {
    match f {
        Flag::ErVeryLow {
            er_pct,
            benchmark_low_pct,
        } => tf(
            lang,
            "flag.er_very_low",
            &[
                ("er", &nf.percent(*er_pct)),
                ("low", &nf.percent(*benchmark_low_pct)),
            ],
        ),
        Flag::ErVeryHigh {
            er_pct,
            benchmark_high_pct,
        } => tf(
            lang,
            "flag.er_very_high",
            &[
                ("er", &nf.percent(*er_pct)),
                ("high", &nf.percent(*benchmark_high_pct)),
            ],
        ),
        Flag::CommentRatio { per_100_likes } => {
            let (lo, hi) = HEALTHY_COMMENTS_PER_100_LIKES;
            tf(
                lang,
                "flag.comment_ratio",
                &[
                    ("ratio", &nf.format(*per_100_likes, 1)),
                    ("low", &nf.format(lo, 0)),
                    ("high", &nf.format(hi, 0)),
                    ("source", COMMENTS_SOURCE),
                ],
            )
        }
        Flag::LikesHidden { likes } => {
            tf(lang, "flag.likes_hidden", &[("likes", &nf.count(*likes))])
        }
        Flag::ViewsBelowLikes { views, likes } => tf(
            lang,
            "flag.views_below_likes",
            &[("views", &nf.count(*views)), ("likes", &nf.count(*likes))],
        ),
        Flag::EngagementsAboveFollowers {
            engagements,
            followers,
        } => tf(
            lang,
            "flag.engagements_above_followers",
            &[
                ("engagements", &nf.count(*engagements)),
                ("followers", &nf.count(*followers)),
            ],
        ),
        Flag::Duplicate { lines: ls } => tf(lang, "flag.duplicate", &[("lines", &lines(lang, ls))]),
        Flag::ConflictingRows { lines: ls } => tf(
            lang,
            "flag.conflicting_rows",
            &[("lines", &lines(lang, ls))],
        ),
        Flag::NoFollowers => t(lang, "flag.no_followers"),
        Flag::RepairedText => t(lang, "flag.repaired_text"),
    }
}

/// One-line explanation of a notice about the whole input.
/// A tier's or platform's name.
pub fn band_of_name(lang: Lang, b: BandOf) -> String {
    match b {
        BandOf::Tier(t) => tier_name(lang, Some(t)),
        BandOf::Platform(p) => t(lang, &format!("platform.{}", p.id())),
    }
}

/// One sentence for a constraint that cannot hold, with its figures.
pub fn describe_conflict(
    lang: Lang,
    nf: &NumberFormat,
    currency: &str,
    roster: &crate::domain::Roster,
    c: &Conflict,
) -> String {
    let money = |cents: u64| nf.money_in(currency, cents as f64 / 100.0);
    let pct = |p: f64| format!("{}%", nf.format(p, 1));
    let n = |x: u32| nf.count(f64::from(x));
    match c {
        Conflict::NoObjectiveFigures { objective } => tf(
            lang,
            "conflict.no_figures",
            &[(
                "objective",
                &t(lang, &format!("objective.{}", objective.id())),
            )],
        ),
        Conflict::NoCandidates => t(lang, "conflict.no_candidates"),
        Conflict::MinimumsOverBudget { what, total_pct } => tf(
            lang,
            "conflict.minimums_over_budget",
            &[
                (
                    "what",
                    &t(
                        lang,
                        match what {
                            Bands::Tiers => "bands.tiers",
                            Bands::Platforms => "bands.platforms",
                        },
                    ),
                ),
                ("total", &pct(*total_pct)),
            ],
        ),
        Conflict::BandReversed {
            what,
            min_pct,
            max_pct,
        } => tf(
            lang,
            "conflict.band_reversed",
            &[
                ("what", &band_of_name(lang, *what)),
                ("min", &pct(*min_pct)),
                ("max", &pct(*max_pct)),
            ],
        ),
        Conflict::BandOutOfReach {
            what,
            need_cents,
            most_cents,
        } => tf(
            lang,
            if *most_cents == 0 {
                "conflict.band_nobody"
            } else {
                "conflict.band_out_of_reach"
            },
            &[
                ("what", &band_of_name(lang, *what)),
                ("need", &money(*need_cents)),
                ("most", &money(*most_cents)),
            ],
        ),
        Conflict::MinOverMaxCreators { min, max } => tf(
            lang,
            "conflict.min_over_max",
            &[("min", &n(*min)), ("max", &n(*max))],
        ),
        Conflict::TooFewCandidates { min, available } => tf(
            lang,
            "conflict.too_few",
            &[("min", &n(*min)), ("available", &n(*available))],
        ),
        Conflict::MinCreatorsOverBudget {
            min,
            cheapest_cents,
            budget_cents,
        } => tf(
            lang,
            "conflict.min_over_budget",
            &[
                ("min", &n(*min)),
                ("cheapest", &money(*cheapest_cents)),
                ("budget", &money(*budget_cents)),
            ],
        ),
        Conflict::ForcedOverBudget {
            spend_cents,
            budget_cents,
        } => tf(
            lang,
            "conflict.forced_over_budget",
            &[
                ("spend", &money(*spend_cents)),
                ("budget", &money(*budget_cents)),
            ],
        ),
        Conflict::ForcedOverMaxCreators { forced, max } => tf(
            lang,
            "conflict.forced_over_max",
            &[("forced", &n(*forced)), ("max", &n(*max))],
        ),
        Conflict::ForcedOverBand {
            what,
            spend_cents,
            max_cents,
        } => tf(
            lang,
            "conflict.forced_over_band",
            &[
                ("what", &band_of_name(lang, *what)),
                ("spend", &money(*spend_cents)),
                ("max", &money(*max_cents)),
            ],
        ),
        Conflict::ForcedOverCap {
            creator,
            spend_cents,
            cap_cents,
        } => tf(
            lang,
            "conflict.forced_over_cap",
            &[
                (
                    "creator",
                    &roster
                        .creators
                        .get(*creator)
                        .map_or_else(String::new, |c| format!("@{}", c.handle)),
                ),
                ("spend", &money(*spend_cents)),
                ("cap", &money(*cap_cents)),
            ],
        ),
        Conflict::Together { relaxations } => {
            let mut out = t(lang, "conflict.together");
            if relaxations.is_empty() {
                out.push(' ');
                out.push_str(&t(lang, "relax.none"));
            }
            for r in relaxations {
                out.push(' ');
                out.push_str(&describe_relaxation(lang, nf, currency, r));
            }
            out
        }
        Conflict::ForcedNotPlannable { creator } => tf(
            lang,
            "conflict.forced_not_plannable",
            &[(
                "creator",
                &roster
                    .creators
                    .get(*creator)
                    .map_or_else(String::new, |c| format!("@{}", c.handle)),
            )],
        ),
        Conflict::GaveUp => t(lang, "conflict.gave_up"),
    }
}

fn describe_relaxation(lang: Lang, nf: &NumberFormat, currency: &str, r: &Relaxation) -> String {
    let pct = |p: f64| format!("{}%", nf.format(p, 1));
    let n = |x: u32| nf.count(f64::from(x));
    match r {
        Relaxation::BandShort {
            what,
            most_pct,
            min_pct,
        } => tf(
            lang,
            "relax.band_short",
            &[
                ("what", &band_of_name(lang, *what)),
                ("most", &pct(*most_pct)),
                ("min", &pct(*min_pct)),
            ],
        ),
        Relaxation::CountShort { most, min } => tf(
            lang,
            "relax.count_short",
            &[("most", &n(*most)), ("min", &n(*min))],
        ),
        Relaxation::MaxCreators { reached, max } => tf(
            lang,
            "relax.max_creators",
            &[("reached", &n(*reached)), ("max", &n(*max))],
        ),
        Relaxation::Cap { largest_cents } => tf(
            lang,
            "relax.cap",
            &[(
                "largest",
                &nf.money_in(currency, *largest_cents as f64 / 100.0),
            )],
        ),
    }
}

/// A constraint a simple plan does not meet.
pub fn describe_broken(lang: Lang, nf: &NumberFormat, b: &Broken) -> String {
    let pct = |p: f64| format!("{}%", nf.format(p, 1));
    let n = |x: u32| nf.count(f64::from(x));
    // English has one and other.
    let plural = |key: &str, k: u32| {
        if k == 1 {
            format!("{key}.one")
        } else {
            format!("{key}.other")
        }
    };
    match b {
        Broken::Band {
            what,
            spend_pct,
            min_pct,
            max_pct,
        } => tf(
            lang,
            "broken.band",
            &[
                ("what", &band_of_name(lang, *what)),
                ("spend", &pct(*spend_pct)),
                ("min", &nf.format(*min_pct, 1)),
                ("max", &pct(*max_pct)),
            ],
        ),
        Broken::MinCreators { creators, min } => tf(
            lang,
            &plural("broken.min_creators", *creators),
            &[("creators", &n(*creators)), ("min", &n(*min))],
        ),
        Broken::MaxCreators { creators, max } => tf(
            lang,
            &plural("broken.max_creators", *creators),
            &[("creators", &n(*creators)), ("max", &n(*max))],
        ),
        Broken::Forced { missing } => tf(lang, "broken.forced", &[("missing", &n(*missing))]),
    }
}

/// "3 creators without a price…" for a reason creators are not in any plan.
pub fn describe_skip(lang: Lang, nf: &NumberFormat, s: Skip, n: usize) -> String {
    let key = match s {
        Skip::NoTier => "skip.no_tier",
        Skip::NoPrice => "skip.no_price",
        Skip::NoEngagements => "skip.no_engagements",
        Skip::Excluded => "skip.excluded",
        Skip::OverCap => "skip.over_cap",
        Skip::OtherCurrency => "skip.other_currency",
    };
    count(lang, nf, key, n)
}

pub fn describe_notice(lang: Lang, nf: &NumberFormat, n: &Notice) -> String {
    match n {
        Notice::NotARoster { file } => tf(
            lang,
            "notice.not_a_roster",
            &[("kind", &t(lang, &format!("file.{}", file.id())))],
        ),
        Notice::Sheet {
            name,
            index,
            count,
            skipped_empty,
        } => {
            let read = tf(
                lang,
                "notice.sheet",
                &[
                    ("sheet", name),
                    ("n", &nf.count((index + 1) as f64)),
                    ("count", &nf.count(*count as f64)),
                ],
            );
            if *skipped_empty {
                format!("{read} {}", t(lang, "input.sheet_skipped_empty"))
            } else {
                read
            }
        }
        Notice::WorkbookUnreadable { message } => {
            tf(lang, "notice.workbook_unreadable", &[("message", message)])
        }
        Notice::NotUtf8 => t(lang, "notice.not_utf8"),
        Notice::Utf16 { .. } => t(lang, "notice.utf16"),
        Notice::RepairedBytes { bytes, lines: on } => tf(
            lang,
            "notice.repaired_bytes",
            &[
                ("bytes", &nf.count(*bytes as f64)),
                ("lines", &lines(lang, on)),
            ],
        ),
        Notice::NamesAsHandles => t(lang, "notice.names_as_handles"),
        Notice::PerPostRows { creators, rows } => tf(
            lang,
            "notice.per_post",
            &[
                ("creators", &count(lang, nf, "notice.creators", *creators)),
                ("rows", &nf.count(*rows as f64)),
            ],
        ),
        Notice::DuplicateRows { rows } => count(lang, nf, "notice.duplicates", *rows),
        Notice::RepairedText { cells } => count(lang, nf, "notice.repaired", *cells),
        Notice::ReadAs { column, field } => tf(
            lang,
            &format!("notice.read_as.{}", field.id()),
            &[("column", column)],
        ),
        Notice::NotPlatforms { column, examples } => tf(
            lang,
            "notice.not_platforms",
            &[("column", column), ("examples", &quoted(examples))],
        ),
        Notice::LifetimeTotals {
            column,
            field,
            times_followers,
        } => {
            let args = [
                ("column", column.as_str()),
                ("field", &field_name(lang, *field)),
                ("times", &nf.count(times_followers.round())),
            ];
            if *times_followers > 0.0 {
                tf(lang, "notice.lifetime_by_cells", &args)
            } else {
                tf(lang, "notice.lifetime_by_header", &args)
            }
        }
        Notice::ColumnsCombined { field, columns } => tf(
            lang,
            "notice.columns_combined",
            &[
                ("columns", &quoted(columns)),
                ("field", &field_name(lang, *field)),
            ],
        ),
        Notice::ColumnChosen {
            field,
            used,
            over,
            why,
        } => {
            let why = t(lang, &format!("notice.why.{}", choice_id(*why)));
            tf(
                lang,
                "notice.column_chosen",
                &[
                    ("field", &field_name(lang, *field)),
                    ("used", used),
                    ("why", &why),
                    ("over", &quoted(over)),
                ],
            )
        }
        Notice::IdentityByCells { handle, name } => match (handle, name) {
            (Some(h), Some(n)) => tf(lang, "notice.identity_both", &[("handle", h), ("name", n)]),
            (Some(h), None) => tf(lang, "notice.identity_handle", &[("handle", h)]),
            (None, _) => t(lang, "notice.identity_none"),
        },
        Notice::IdentityExtra { columns } => tf(
            lang,
            "notice.identity_extra",
            &[("columns", &quoted(columns))],
        ),
        Notice::NameAndHandle { column } => {
            tf(lang, "notice.name_and_handle", &[("column", column)])
        }
        Notice::PlatformAssumed {
            platform,
            from,
            rows,
        } => {
            let platform = t(lang, &format!("platform.{}", platform.id()));
            let rows = nf.count(*rows as f64);
            match from {
                PlatformFrom::Headers { headers } => tf(
                    lang,
                    "notice.platform_from_headers",
                    &[
                        ("platform", &platform),
                        ("rows", &rows),
                        ("headers", &quoted(headers)),
                    ],
                ),
                PlatformFrom::Default | PlatformFrom::Chosen => tf(
                    lang,
                    "notice.platform_default",
                    &[("platform", &platform), ("rows", &rows)],
                ),
            }
        }
        Notice::PlatformFromLinks { rows } => tf(
            lang,
            "notice.platform_from_links",
            &[("rows", &nf.count(*rows as f64))],
        ),
        Notice::RateAsFraction { column } => {
            tf(lang, "notice.rate_as_fraction", &[("column", column)])
        }
        Notice::HeaderOnLine { line } => tf(
            lang,
            "notice.header_on_line",
            &[("line", &line.to_string())],
        ),
        Notice::UnwrappedRows => t(lang, "notice.unwrapped_rows"),
        Notice::TooManyColumns { found } => tf(
            lang,
            "notice.too_many_columns",
            &[
                ("found", &nf.count(*found as f64)),
                ("max", &nf.count(crate::domain::MAX_COLUMNS as f64)),
            ],
        ),
        Notice::MixedCurrencies { counts } => {
            let list = counts
                .iter()
                .map(|(c, n)| format!("{} {}", nf.count(*n as f64), c.code()))
                .collect::<Vec<_>>()
                .join(", ");
            tf(lang, "notice.mixed_currencies", &[("counts", &list)])
        }
        Notice::UnmarkedPrices { currency, count } => tf(
            lang,
            "notice.unmarked_prices",
            &[
                ("count", &nf.count(*count as f64)),
                ("currency", currency.code()),
            ],
        ),
    }
}

/// Which column fed which field, one line per column (the CLI prints it on stderr).
pub fn describe_columns(lang: Lang, roster: &crate::domain::Roster) -> Vec<String> {
    let mut lines = vec![t(lang, "cli.columns")];
    for c in &roster.columns {
        let what = match c.field {
            Some(f) if c.mapped_by_user => tf(
                lang,
                "cli.column_mapped",
                &[("field", &field_name(lang, f))],
            ),
            Some(f) => field_name(lang, f),
            None if c.mapped_by_user => t(lang, "cli.column_ignored"),
            None => t(lang, "cli.column_extra"),
        };
        lines.push(tf(
            lang,
            "cli.column",
            &[("header", c.header.trim()), ("what", &what)],
        ));
    }
    lines
}

/// When an ER's rating band (Instagram overall) and its size benchmark point different ways
/// ("high" overall, below the nano range), the sentence that says why both hold.
pub fn rating_against_benchmark(
    lang: Lang,
    nf: &NumberFormat,
    m: &crate::domain::CreatorMetrics,
) -> Option<String> {
    let (rating, b, cmp) = (m.rating?, m.benchmark?, m.comparison?);
    let rating_high = matches!(rating, Rating::High | Rating::VeryHigh);
    let rating_low = matches!(rating, Rating::Low);
    let direction = match cmp {
        Comparison::Below if !rating_low => "more",
        Comparison::Above if !rating_high => "less",
        _ => return None,
    };
    let range = if b.low_pct == b.high_pct {
        nf.percent(b.low_pct)
    } else {
        format!("{}–{}", nf.format(b.low_pct, 2), nf.percent(b.high_pct))
    };
    Some(tf(
        lang,
        "cell.rating_vs_benchmark",
        &[
            ("rating", &rating_name(lang, rating)),
            ("comparison", &comparison_name(lang, cmp)),
            ("segment", &segment_name(lang, nf, &b)),
            ("range", &range),
            (
                "direction",
                &t(lang, &format!("cell.direction.{direction}")),
            ),
        ],
    ))
}

/// What the reader decided about one column, in a few words, for the Columns panel (the
/// notices say it in full).
pub fn column_note(lang: Lang, roster: &crate::domain::Roster, index: usize) -> Option<String> {
    let c = roster.columns.get(index)?;
    let h = c.header.trim();
    let label = format!("{h} (column {})", index + 1);
    let is = |x: &str| x == h || x == label;
    let why = |w: ChoiceReason| t(lang, &format!("notice.why.{}", choice_id(w)));
    roster.notices.iter().find_map(|n| match n {
        Notice::ColumnChosen {
            field,
            used,
            over,
            why: w,
        } if is(used) => Some(tf(
            lang,
            "columns.note.chosen",
            &[("over", &quoted(over)), ("why", &why(*w))],
        )),
        Notice::ColumnChosen {
            field,
            used,
            over,
            why: w,
        } if over.iter().any(|o| is(o)) => Some(tf(
            lang,
            "columns.note.not_chosen",
            &[
                ("used", used),
                ("field", &field_name(lang, *field)),
                ("why", &why(*w)),
            ],
        )),
        Notice::LifetimeTotals { column, field, .. } if is(column) => Some(tf(
            lang,
            "columns.note.lifetime",
            &[("field", &field_name(lang, *field))],
        )),
        Notice::NotPlatforms { column, .. } if is(column) => {
            Some(t(lang, "columns.note.not_platforms"))
        }
        Notice::ReadAs { column, field } if is(column) => Some(tf(
            lang,
            "columns.note.read_as",
            &[("field", &field_name(lang, *field))],
        )),
        Notice::IdentityByCells {
            handle: Some(x), ..
        } if is(x) => Some(t(lang, "columns.note.handles")),
        Notice::IdentityByCells { name: Some(x), .. } if is(x) => {
            Some(t(lang, "columns.note.names"))
        }
        Notice::NameAndHandle { column } if is(column) => {
            Some(t(lang, "columns.note.name_and_handle"))
        }
        Notice::RateAsFraction { column } if is(column) => Some(t(lang, "columns.note.fraction")),
        Notice::ColumnsCombined { columns, .. } if columns.iter().any(|o| is(o)) => Some(tf(
            lang,
            "columns.note.combined",
            &[("columns", &quoted(columns))],
        )),
        _ => None,
    })
}

/// Column headers for a sentence: “a”, “b” and “c”.
fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|h| format!("“{h}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn choice_id(why: ChoiceReason) -> &'static str {
    match why {
        ChoiceReason::NotLifetime => "not_lifetime",
        ChoiceReason::Average => "average",
        ChoiceReason::MoreDigits => "more_digits",
        ChoiceReason::Fuller => "fuller",
        ChoiceReason::First => "first",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_formats_from_locale_samples() {
        let en = NumberFormat::from_sample("1,234,567.5");
        assert_eq!(en.format(1234567.5, 1), "1,234,567.5");
        let pl = NumberFormat::from_sample("1\u{a0}234\u{a0}567,5");
        assert_eq!(pl.format(10000.0, 0), "10\u{a0}000");
        assert_eq!(pl.percent(4.5), "4,5%");
        let vi = NumberFormat::from_sample("1.234.567,5");
        assert_eq!(vi.format(10000.25, 2), "10.000,25");
        let ar = NumberFormat::from_sample("١٬٢٣٤٬٥٦٧٫٥");
        assert_eq!(ar.format(10000.0, 0), "١٠٬٠٠٠");
    }

    #[test]
    fn benchmark_segments_read_as_people_write_them() {
        use crate::domain::{benchmark_for, ErBasis, Platform};
        let nf = NumberFormat::default();
        let name = |p, basis, tier, f| {
            segment_name(
                Lang::En,
                &nf,
                &benchmark_for(p, basis, tier, f).expect("a benchmark"),
            )
        };
        assert_eq!(
            name(Platform::TikTok, ErBasis::Followers, None, 20_000.0),
            "10K–100K followers"
        );
        assert_eq!(
            name(Platform::TikTok, ErBasis::Followers, None, 2e7),
            "10M+ followers"
        );
        assert_eq!(
            name(Platform::YouTube, ErBasis::Views, None, 7_000.0),
            "1K–10K subscribers"
        );
        assert_eq!(
            name(Platform::YouTube, ErBasis::Followers, None, 7_000.0),
            "5K–10K subscribers"
        );
        assert_eq!(
            name(
                Platform::Instagram,
                ErBasis::Followers,
                Some(Tier::Micro),
                20_000.0
            ),
            "10K–100K followers"
        );
        assert_eq!(
            name(Platform::Instagram, ErBasis::Followers, None, 500.0),
            "0–1K followers"
        );
    }

    #[test]
    fn a_rating_and_a_benchmark_that_disagree_say_why() {
        use crate::domain::{analyze_creator, read_roster, ReadOptions, Settings};
        let r = read_roster(
            b"handle,platform,followers,likes,comments\na,instagram,5000,190,10\nb,instagram,50000,1900,100\n",
            &ReadOptions::default(),
        );
        let nf = NumberFormat::default();
        let m = analyze_creator(&r.creators[0], &Settings::default());
        assert_eq!(
            rating_against_benchmark(Lang::En, &nf, &m).as_deref(),
            Some("Rated high for Instagram overall (Influencer Marketing Hub’s bands), yet below the range for 1K–10K followers (5–8%): accounts of this size usually engage more.")
        );
        // 4% at 50K: high overall and within its range: nothing to explain.
        let m = analyze_creator(&r.creators[1], &Settings::default());
        assert_eq!(rating_against_benchmark(Lang::En, &nf, &m), None);
    }

    #[test]
    fn compact_and_counts() {
        let nf = NumberFormat::default();
        assert_eq!(nf.compact(12_500.0), "12.5K");
        assert_eq!(nf.compact(1_000_000.0), "1M");
        assert_eq!(nf.compact(999_950.0), "1M");
        assert_eq!(nf.compact(9_999.0), "9,999");
        assert_eq!(nf.compact(43_200.0), "43.2K");
        assert_eq!(nf.compact(2_500_000_000.0), "2.5B");
        assert_eq!(nf.count(1234.0), "1,234");
        assert_eq!(nf.count(12.26), "12.3");
        assert_eq!(nf.money(1200.0), "$1,200");
        assert_eq!(nf.money(0.126), "$0.13");
        assert_eq!(nf.money(0.5), "$0.50");
        assert_eq!(nf.money(1.999), "$2.00");
        assert_eq!(nf.money(15.0), "$15");
    }

    #[test]
    fn every_key_used_in_code_exists() {
        // Keys built from ids must all be present.
        for t in Tier::ALL {
            assert!(table(Lang::En).contains_key(format!("tier.{}", t.id()).as_str()));
        }
        for f in Field::ALL {
            assert!(table(Lang::En).contains_key(format!("field.{}", f.id()).as_str()));
        }
        for k in crate::domain::sniff::FileKind::ALL {
            assert!(table(Lang::En).contains_key(format!("file.{}", k.id()).as_str()));
        }
        for s in crate::domain::builtin_schemes() {
            assert!(table(Lang::En).contains_key(format!("scheme.{}", s.id).as_str()));
            assert!(table(Lang::En).contains_key(format!("scheme_short.{}", s.id).as_str()));
        }
    }

    #[test]
    fn broken_creator_counts_read_in_the_singular_and_plural() {
        let nf = NumberFormat::default();
        let min =
            |creators| describe_broken(Lang::En, &nf, &Broken::MinCreators { creators, min: 10 });
        assert_eq!(min(1), "1 creator (at least 10 asked)");
        assert_eq!(min(4), "4 creators (at least 10 asked)");
        let max =
            |creators| describe_broken(Lang::En, &nf, &Broken::MaxCreators { creators, max: 0 });
        assert_eq!(max(1), "1 creator (at most 0 asked)");
        assert_eq!(max(12), "12 creators (at most 0 asked)");
    }

    #[test]
    fn problem_text_names_line_column_and_text() {
        let p = Problem {
            line: 7,
            column: Some("followers".into()),
            item: None,
            text: "12,x5".into(),
            kind: ProblemKind::NotANumber {
                expected: FieldKind::Count,
            },
        };
        assert_eq!(
            describe_problem(Lang::En, &NumberFormat::default(), &p),
            "Line 7, column “followers”: “12,x5”: expected a number such as 12.5K or 10,000"
        );
        let json = Problem {
            line: 1,
            item: Some(5),
            ..p.clone()
        };
        assert_eq!(
            describe_problem(Lang::En, &NumberFormat::default(), &json),
            "Object 5 (line 1), column “followers”: “12,x5”: expected a number such as 12.5K or 10,000"
        );
        let more = Problem {
            line: 140,
            kind: ProblemKind::More {
                count: 999_900,
                like: Box::new(p.kind.clone()),
            },
            ..p
        };
        assert_eq!(
            describe_problem(Lang::En, &NumberFormat::default(), &more),
            "And 999,900 more cells of “followers” like this, from line 140 on: expected a number such as 12.5K or 10,000"
        );
    }
}
