# Tierwise: the English texts, the reference for every other language.
#
# Each message is `id = text`. `{ $name }` is a value the program fills in (a number, a
# handle, a column name): keep it, move it where the sentence needs it, never translate it.
# A message may choose its words by a number:
#   count-creators = { $n ->
#       [one] { $n } creator
#      *[other] { $n } creators
#   }
# Any value that shows a number (`{ $count }`, `{ $creators }`, `{ $rows }`…) can choose
# the words this way, whatever its name.
# The categories are CLDR's plural rules for the language (zero, one, two, few, many,
# other); the variant marked `*` is used for any other value. Lines below the first are
# indented; `{"  "}` keeps spaces at the start of a line.


## app

app-title = Tierwise
app-tagline = Tiers, engagement and cost for your whole creator roster. Nothing leaves your browser.
# The browser tab's title and the page's description for search engines and shared links.
app-page_title = Tierwise: influencer roster calculator
app-description = Tierwise: follower tiers, engagement rates and costs for a whole creator roster, computed in your browser. Nothing is uploaded.
# The installed app's description (its web app manifest).
app-manifest_description = Follower tiers, engagement rates, costs and budget plans for a whole creator roster, computed in your browser. Nothing is uploaded.
# The installed app's short name, under its icon.
app-short_name = Tierwise
# The label of the language menu in the page's header.
app-language = Language

## list

# A text from the user's file (a column header, a cell) quoted in a sentence.
list-quoted = “{ $text }”
# Between the items of a list: “a”, “b”.
list-separator = {", "}
# Between groups of a list: YouTube: “Youtuber”; TikTok: “Tiktoker”.
list-separator_strong = {"; "}
# A platform with the column headers that name it.
list-platform_headers = { $platform }: { $headers }

## input

input-heading = Your roster
input-paste = Paste a roster
input-paste_hint = Paste rows from a spreadsheet, or CSV, TSV or JSON. The first row names the columns.
input-analyse = Analyse
input-sample = Try a sample roster
input-upload = Upload a roster file
input-drop = …or drop a file here: .csv, .tsv, .txt, .json, or a spreadsheet (.xlsx, .xls, .ods)
input-clear = Clear
input-reading = Reading { $name }…
reading-label = Reading the roster
reading-progress = { $done } of { $of } MB read · { $rows }
reading-stop = Stop reading
reading-stopped = Reading stopped: nothing from that roster was kept.
reading-engine_failed = This browser could not start the part of the page that reads rosters (a Web Worker), so nothing can be read here. Reload the page, or open it in a current Chrome, Edge, Firefox or Safari.
input-read_error = Could not read { $name }: { $error }

## status

status-summary = { $creators } read from { $rows }, { $problems }

## count

count-creators = { $n ->
        [one] { $n } creator
       *[other] { $n } creators
    }
count-rows = { $n ->
        [one] { $n } row
       *[other] { $n } rows
    }
count-problems = { $n ->
        [one] { $n } problem
       *[other] { $n } problems
    }

## status

status-scheme = { $scheme } tiers
status-sorted = sorted by { $column }, { $direction }
status-ascending = ascending
status-descending = descending

## app

app-skip = Skip to results

## results

results-heading = Results

## cell

cell-none = not available

## status

status-empty = Paste a roster or try the sample to begin.
status-stale = Reading your edits when you pause typing (or press Analyse)…
status-format-delimited = Read as text separated by { $delimiter }
status-format-json = Read as JSON
status-format-json_lines = Read as JSON Lines

## delimiter

delimiter-tab = tabs
delimiter-comma = commas
delimiter-semicolon = semicolons
delimiter-pipe = pipes

## settings

# Beside the folded settings' heading: the scheme and the engagement basis in use.
settings-choices = { $scheme } · { $basis }
settings-heading = Settings
settings-scheme = Tier scheme
settings-compare = Compare with scheme
settings-compare_none = No comparison
settings-interactions = Interactions counted
settings-basis = Engagement rate basis
settings-platform = Platform when the roster has none
settings-platform_auto = From the file (its column names and links), else Instagram
settings-platform_hint = A platform column or a profile link always wins; this is for rows that have neither.
settings-cutoffs = Cut-offs (custom scheme)
settings-cutoffs_hint = Editing a cut-off switches to your own scheme. Leave a box empty to drop that tier.
settings-cutoff_label = { $tier } from (followers)
settings-source = Source: { $source }

## scheme

scheme-seeds = Shopify ({ $cuts })
scheme-broad-micro = Broad micro ({ $cuts })
scheme-hypeauditor = HypeAuditor ({ $cuts })
scheme-later-fohr = Later × Fohr ({ $cuts })
scheme-hootsuite = Hootsuite ({ $cuts })
scheme-custom = Custom cut-offs

## scheme_short

scheme_short-seeds = Shopify
scheme_short-broad-micro = Broad micro
scheme_short-hypeauditor = HypeAuditor
scheme_short-later-fohr = Later × Fohr
scheme_short-hootsuite = Hootsuite
scheme_short-custom = Custom

## scheme_error

scheme_error-no_tiers = Switch on at least one tier.
scheme_error-negative = A cut-off is a number of followers, { $zero } or more.
scheme_error-start = The lowest tier ({ $tier }) must start at { $zero } followers.
scheme_error-rising = { $tier } must start above { $previous }.

## interactions

interactions-likes_comments = Likes + comments (HypeAuditor, Upfluence)
interactions-likes_comments_shares = Likes + comments + shares (TikTok style)
interactions-all = Likes + comments + shares + saves (SocialBee)

## basis

basis-followers = By followers
basis-reach = By reach
basis-views = By views

## platform

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = Other

## formula

formula-split_reach = Budget plan, expected reach of a post: the roster's reach, else impressions, else views; without any, followers × the tier's reach share ({ $source }), marked “est.”.
formula-split_engagements = Budget plan, expected engagements of a post: the creator's E (mean over posts); without likes or comments, followers × the middle of the tier's benchmark ER band, marked “est.”.
formula-split_conversions = Budget plan, expected conversions of a post: the roster's conversions or clicks column; else engagements × the conversion rate you type, marked “assumed”.
formula-split_band = Pessimistic and optimistic: each creator's weakest and strongest post in the roster; with one row, the benchmark ER band's low and high relative to its middle.
formula-split_totals = Plan totals: spend = Σ posts × price per post; CPE = spend ÷ expected engagements; CPM = spend ÷ expected reach × { $thousand }; CPA = spend ÷ expected conversions; left over = budget − spend.
formula-split_hhi = Concentration: the top creator's share of the spend, and HHI = Σ (share of spend in %)², from { $max } (one creator) down towards { $zero } (spread thin).
formula-split_bound = Optimal plan: whole posts per creator maximising the objective under the budget and every constraint; the upper bound comes from Lagrangian relaxation (equal to the linear relaxation), the gap is (bound − plan) ÷ bound.

## storage

storage-kept = Your roster, settings and budget plan are kept in this browser only, so a reload or a closed tab loses nothing.
storage-clear = Clear my data
storage-confirm_clear = Remove the roster, settings and budget plan kept in this browser, and clear the page?
storage-unavailable = Autosave is off: this browser does not allow local storage. Everything on screen stays until you close the page.
storage-refused_roster = Autosave: this browser refused to store this roster ({ $chars } characters; its storage for this site is full or turned off), so it is not kept; your settings are. Everything on screen stays.
storage-restoring = Restoring your kept roster…

## rate

rate-bad_range = { $platform } { $tier }: “to” ({ $high }) must be at least “from” ({ $low }); the card keeps { $kept }.

## storage

storage-restore_failed = Your kept roster could not be read back from this browser's storage; your settings are restored. Paste or upload the roster again.
storage-refused = Autosave: the browser refused to store your settings (its storage is full). Everything on screen stays.

## update

update-ready = A new version of Tierwise is available.
update-reload = Reload

## budget

budget-heading = Budget plan
budget-intro = Split a campaign budget across this roster in whole posts. Every strategy is planned side by side; the optimal one maximises your objective under every constraint and proves how close it is to the best possible plan. Nothing leaves your browser.
budget-goal = Budget and goal
budget-amount = Total budget
budget-currency = Currency sign
budget-objective = Objective
budget-objective-reach = Awareness: expected reach
budget-objective-engagements = Consideration: expected engagements
budget-objective-conversions = Action: expected clicks or conversions
budget-conversion_rate = Assumed conversion rate (% of engagements)
budget-limits = Posts and limits
budget-posts_min = Fewest posts per creator
budget-posts_max = Most posts per creator
budget-cap = Cap per creator
budget-cap_unit = Cap in
budget-cap_unit-percent = % of budget
budget-cap_unit-amount = amount
budget-min_creators = Fewest creators
budget-max_creators = Most creators
budget-tier_mix = Tier mix
budget-mix_hint = Spend in % of the total budget. Leave both boxes empty for no target.
budget-platform_mix = Platform mix
budget-band_min = Min %
budget-band_max = Max %
budget-min_label = { $name }: minimum % of budget
budget-max_label = { $name }: maximum % of budget
budget-creators = Creators
budget-include = Always include (handles)
budget-exclude = Leave out (handles)
budget-error = “{ $text }”: { $expected }
budget-expected-amount = expected an amount above { $zero }
budget-expected-percent = expected a percentage from { $zero } to { $hundred }
budget-expected-whole = expected a whole number from { $min }
budget-expected-not_below_min = the maximum is below the minimum
budget-expected-handles = not in the roster: { $unknown }
budget-updating = Updating the plan…
budget-planning = Making the plan…
budget-cancel = Cancel
budget-make_plan = Make the plan
budget-big_roster = This roster is large, so plans are made when you ask rather than on every change.
budget-skipped = Not in any plan: { $list }.
budget-strategies = Strategies side by side
budget-col-strategy = Strategy (show its plan)
budget-col-objective = Expected { $objective } (pessimistic–optimistic)
budget-col-reach = Reach
budget-col-engagements = Engagements
budget-col-conversions = Conversions
budget-col-creators = Creators
budget-col-left = Left over
budget-col-top_share = Top creator's share
budget-col-constraints = Constraints
budget-col-posts = Posts
budget-col-price = Price per post
budget-col-spend = Spend
budget-col-expected = Expected { $objective }
budget-col-option = Option
budget-col-cpe = CPE
budget-col-cpm = CPM
budget-col-hhi = HHI
budget-cpe_title = Cost per expected engagement: spend ÷ engagements
budget-cpm_title = Cost per thousand people reached: spend ÷ reach × { $thousand }
budget-hhi_title = Herfindahl–Hirschman index: the sum of squared spend shares in %, from { $ten_thousand } (one creator) down (spread)
budget-all_met = all met
budget-needs_tier_mix = Set a tier mix to plan by tiers.
budget-no_plan = No plan meets every constraint (see above).
budget-band_note = Ranges are pessimistic–optimistic: each creator's weakest and strongest post where the roster has several, else the tier's benchmark ER band around the estimate.
budget-conflicts = No plan meets every constraint
budget-mix_heading = Spend per tier against the targets
budget-mix_line = { $tier }: { $share } of the budget
budget-mix_line_target = { $tier }: { $share } of the budget (target { $min }–{ $max })
budget-proof_optimal = Optimal: no plan within these constraints reaches more than { $bound } expected { $objective }, and this one does.
budget-proof_gap = Within { $gap } of the best possible plan: no plan within these constraints reaches more than { $bound } expected { $objective }.
budget-why = Why this plan is the best
budget-why_text = Choosing whole posts per creator under a budget, tier bands, a cap and creator counts is a knapsack problem. Tierwise prices each constraint (Lagrangian relaxation) to get an upper bound that no plan can beat, builds plans greedily at those prices, drops every option whose cost against the bound already exceeds the gap, and searches the few creators left. When the search stops early, a closer bound keeps posts whole (each tier's best value for every amount of money, by dynamic programming) and the plan it points to is improved by exchanging posts between creators. If it is still not proven, or no plan was found yet (tight tier bands that a few expensive posts must meet), a branch and bound over the creators left decides them one by one, each step bounded by its own linear program (on a large roster with no plan yet, it first looks among a few creators of each tier). When the bound and the plan meet, the plan is optimal; otherwise the gap between them is what is shown.
budget-plan_heading = Plan: { $strategy }
budget-plan_caption = Plan ({ $strategy }): creators, posts and expected outcome
budget-plan_summary = { $creators ->
        [one] { $creators } creator
       *[other] { $creators } creators
    }, { $posts ->
        [one] { $posts } post
       *[other] { $posts } posts
    }, { $spend } spent, { $left } left over.
budget-estimated_spend = { $spend } of it on rate-card estimates.
budget-estimated_outcome = Estimated from followers and a sourced benchmark (see Formulas and sources)
budget-assumed_outcome = From the conversion rate you typed
budget-assumed = assumed
budget-total = Total
budget-export = Export the plan (CSV)
budget-export_json = Export the plan (JSON)
budget-copy = Copy the plan as a table

## share

share-heading = Share and embed
share-hint = A share link carries your roster and settings inside it, after the “#”: browsers never send that part to any server, but anyone you give the link to can see the roster.
share-link = Copy a share link
share-file = Save as a file
share-embed = Embed on your site…
share-link_label = Share link
share-copied = Link copied ({ $chars } characters). Opening it shows this roster with these settings.
share-made = Link made ({ $chars } characters): copy it from the box.
share-too_long = This roster makes a link of { $chars } characters; links over { $max } characters break in many browsers and mail apps. Save it as a file instead and send the file: opening it in Tierwise (Upload a roster file) restores the same view.
share-saved_file = Saved { $name }: open it with “Upload a roster file” to restore this roster and these settings.
share-opened_link = Opened from a shared link: this roster and its settings came inside the link, from no server.
share-opened_file = Opened { $name }: its roster and settings are restored.
share-paused = You opened shared work. Your own roster and settings are still kept in this browser, untouched; changes here are not saved until you choose.
share-keep_shared = Keep the shared roster (replaces mine)
share-back_to_mine = Back to my roster
share-bad_link = This share link could not be opened: { $reason }. Nothing was changed; your own roster and settings are as you left them.
share-bad_file = { $name } looks like a Tierwise file but could not be opened: { $reason }. Nothing was changed.
share-error-version = it was made by another version of Tierwise (format { $version })
share-error-damaged = it is damaged or cut off (was all of it copied?)
share-error-too_large = it is longer, or unpacks to more, than any link Tierwise makes
share-error-not_a_record = its content is not a Tierwise roster and settings ({ $detail })

## embed

embed-heading = Embed Tierwise on your site
embed-intro = Paste this snippet into a page of your blog or site. It shows Tierwise in a frame that grows to fit its content; your readers' rosters stay in their own browsers.
embed-compact = Compact (no page header)
embed-theme = Theme
embed-theme-auto = Follow the reader's system
embed-theme-light = Light
embed-theme-dark = Dark
embed-lang = Language and number format
embed-lang-auto = The reader's browser
embed-lang_hint = The page speaks the language chosen, in its words and number format; a language Tierwise has no translation for keeps English words with its own number format.

## lang

lang-en-US = English (United States)
lang-en-GB = English (United Kingdom)
lang-de-DE = German (Germany)
lang-fr-FR = French (France)
lang-es-ES = Spanish (Spain)
lang-pl-PL = Polish (Poland)
lang-vi-VN = Vietnamese (Vietnam)
lang-th-TH = Thai (Thailand)
lang-ar-EG = Arabic (Egypt)

## embed

embed-scheme = Tier scheme to start with
embed-scheme-none = The default (the reader's own choice is kept)
embed-snippet = Snippet to paste
embed-copy = Copy the snippet
embed-copied = Snippet copied.
embed-close = Close
embed-iframe_title = Tierwise: influencer roster calculator

## export

export-copied = Copied { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }: paste them into a spreadsheet.
export-no_clipboard = This browser does not allow copying here; use an export instead.
export-results = Export the results
export-results_csv = Export results (CSV)
export-results_json = Export results (JSON)
export-results_copy = Copy results as a table

## budget

budget-mega_caption = The same budget on one mega creator or on { $low }–{ $high } micro creators
budget-one_mega = One mega creator
budget-one_mega_named = One mega creator (@{ $handle })
budget-micro_team = { $low }–{ $high } micro creators (as many as the budget pays; { $available } in the roster fit it)
budget-no_mega = No mega creator in the roster fits the budget.
budget-no_micro = No micro creator in the roster fits the budget.

## col

col-creator = Creator

## cell

cell-estimated_price = Price estimated from the rate card

## objective

objective-reach = reach
objective-engagements = engagements
objective-conversions = conversions

## strategy

strategy-equal = Equal split
strategy-proportional = Proportional to the objective
strategy-tier-mix = Tier-mix split
strategy-optimal = Optimal

## split

split-disclosure = Sponsored posts need a clear and conspicuous disclosure such as #ad (FTC); it is the brand's duty to make sure every creator adds it.

## skip

skip-no_tier = { $n ->
        [one] { $n } creator without a follower count
       *[other] { $n } creators without a follower count
    }
skip-no_price = { $n ->
        [one] { $n } creator without a price (and no rate-card row)
       *[other] { $n } creators without a price (and no rate-card row)
    }
skip-no_engagements = { $n ->
        [one] { $n } creator without engagement figures or a benchmark
       *[other] { $n } creators without engagement figures or a benchmark
    }
skip-excluded = { $n ->
        [one] { $n } creator left out by you
       *[other] { $n } creators left out by you
    }
skip-other_currency = { $n ->
        [one] { $n } creator whose price is in another currency than the budget (nothing is converted)
       *[other] { $n } creators whose prices are in another currency than the budget (nothing is converted)
    }
skip-over_cap = { $n ->
        [one] { $n } creator whose fewest posts cost more than the cap or the budget
       *[other] { $n } creators whose fewest posts cost more than the cap or the budget
    }

## conflict

conflict-band_nobody = { $what } needs at least { $need }, but none of its creators can be paid within the budget, the cap and the band.
conflict-no_figures = No creator has figures for { $objective }: add a conversions (or clicks) column, or type an assumed conversion rate.
conflict-no_candidates = No creator can be planned: each needs a follower count and a price (supplied, or from the rate card).
conflict-nothing_fits = No creator fits: the cheapest post costs { $cheapest } and the budget is { $budget } (within the cap per creator, if any).
conflict-minimums_over_budget = The minimum shares of the { $what } add up to { $total } of the budget, more than { $all }.
conflict-band_reversed = { $what }: the minimum { $min } is above the maximum { $max }.
conflict-band_out_of_reach = { $what } needs at least { $need }, but all its creators together, at the most posts each, cost { $most }.
conflict-min_over_max = At least { $min } creators are asked for, but at most { $max } are allowed.
conflict-too_few = At least { $min } creators are asked for, but only { $available } can be paid (they need a price within the cap).
conflict-min_over_budget = The { $min } cheapest creators at their fewest posts cost { $cheapest }, more than the budget of { $budget }.
conflict-forced_over_budget = The creators you require cost { $spend } at their fewest posts, more than the budget of { $budget }.
conflict-forced_over_max = { $forced } creators are required, but at most { $max } are allowed.
conflict-forced_over_band = The creators you require put { $spend } into { $what }, above its maximum of { $max }.
conflict-forced_over_cap = { $creator } is required, but their fewest posts cost { $spend }, more than one creator can get here ({ $cap }: the least of the cap, the budget and their tier's and platform's maximum).
conflict-forced_not_plannable = { $creator } is required but cannot be in a plan: also left out, or without a follower count, a price or figures for the objective.
conflict-together = Each constraint can be met on its own, but no plan of whole posts meets them all together.
conflict-gave_up = The search stopped before finding a plan or proving there is none; loosen a constraint.

## relax

relax-band_short = With the other constraints kept, { $what } can get at most { $most } of the budget; you asked for at least { $min }.
relax-count_short = With the other constraints kept, the most creators that fit is { $most }; you asked for at least { $min }.
relax-max_creators = Without the maximum of { $max } creators there is a plan, with { $reached } creators.
relax-cap = Without the cap there is a plan; its largest creator gets { $largest }.
relax-none = No single minimum could be singled out: try loosening a band's maximum, the cap or the posts per creator.

## bands

bands-tiers = tiers
bands-platforms = platforms

## broken

broken-band = { $what } gets { $spend } (target { $min }–{ $max })
broken-min_creators = { $creators ->
        [one] { $creators } creator (at least { $min } asked)
       *[other] { $creators } creators (at least { $min } asked)
    }
broken-max_creators = { $creators ->
        [one] { $creators } creator (at most { $max } asked)
       *[other] { $creators } creators (at most { $max } asked)
    }
broken-forced = { $missing } required creators left out

## tier

tier-emerging = Emerging
tier-nano = Nano
tier-micro = Micro
tier-mid = Mid
tier-macro = Macro
tier-mega = Mega
tier-none = No follower count

## summary

summary-caption = Tier summary
summary-tier = Tier
summary-range = Followers
summary-creators = Creators
summary-share = Share
summary-median_er = Median ER
summary-total_followers = Total followers
summary-price = Price per post
summary-estimated = { $count } estimated

## compare

compare-caption = Scheme comparison
compare-hint = Creators per tier under each scheme

## table

table-caption = Creators
table-sort = Sort by { $column }
table-updating = Updating the list…
table-count = { $total ->
        [one] { $total } creator
       *[other] { $total } creators
    }
# The creators table's filter.
filter-label = Find creators
filter-text = Handle or name
filter-tier = Tier
filter-any_tier = All tiers
filter-platform = Platform
filter-any_platform = All platforms
filter-flagged = Flagged only
filter-clear = Show everyone
table-filtered = { $all ->
        [one] { $matching } of { $all } creator match the filter
       *[other] { $matching } of { $all } creators match the filter
    }

## col

col-line = Line
col-handle = Handle
col-name = Name
col-platform = Platform
col-followers = Followers
col-tier = Tier
col-engagements = Interactions / post
col-er = ER
col-er_followers = ER by followers
col-er_views = ER by views
col-er_reach = ER by reach
col-benchmark = Benchmark
col-price = Price / post
col-cpe = CPE
col-cpm = CPM
col-cpv = CPV
col-flags = Flags

## cell

cell-median = median { $value }
cell-posts = { $count ->
        [one] { $count } post
       *[other] { $count } posts
    }
cell-estimated = est.
cell-estimated_title = Estimated from the rate card ({ $source }): { $band } { $platform }, { $low }–{ $high }
cell-supplied_er = from the roster
cell-partial = partial
cell-partial_title = Partial: computed from only some of the interactions it counts (likes or comments missing), or from posts without views or reach. It may read low for that reason alone, so no “very low” flag is raised.
cell-rating_vs_benchmark = Rated { $rating } for Instagram overall (Influencer Marketing Hub’s bands), yet { $comparison } the range for { $segment } ({ $range }): accounts of this size usually engage { $direction }.
cell-direction-more = more
cell-direction-less = less
cell-cpm_basis = on { $basis }

## cpm

cpm-impressions = impressions
cpm-views = views
cpm-reach = reach
cpm-followers = followers (stand-in)

## rating

rating-low = low
rating-average = average
rating-high = high
rating-very_high = very high

## comparison

comparison-below = below
comparison-within = within
comparison-above = above

## benchmark

benchmark-cell = { $comparison } { $segment } { $range }

## segment

segment-audience = { $min }–{ $max } followers
segment-audience_up = { $min }+ followers
segment-subscribers = { $min }–{ $max } subscribers
segment-subscribers_up = { $min }+ subscribers

## scheme

scheme-custom_source = Your cut-offs

## rates

rates-edited = { $source }, edited by you

## benchmark

benchmark-none = no benchmark

## formula

formula-heading = Formulas and sources
formula-e = Interactions per post (E) = { $parts }. A count the roster lacks adds nothing; where one is missing and the roster gives interactions as one figure (“Engagement avg.”), that figure is E.
formula-er_followers = ER by followers = E ÷ followers × { $hundred } (HypeAuditor, Upfluence)
formula-er_reach = ER by reach = E ÷ reach × { $hundred }; with per-post rows, the mean of per-post rates (Flowbox)
formula-er_views = ER by views = E ÷ views × { $hundred } (HypeAuditor TikTok, Modash)
formula-ltf = Likes-to-followers = likes ÷ followers × { $hundred } (InfluencerDB)
formula-median = With one row per post, mean and median are both shown: a viral post lifts the mean.
formula-cpe = CPE = price per post ÷ E (Upfluence)
formula-cpm = CPM = price per post ÷ impressions × { $thousand }; views, reach or followers stand in when impressions are missing, and say so (Upfluence)
formula-cpv = CPV = price per post ÷ views
formula-price = Missing prices are estimated from the rate card ({ $source }): the middle of the range for the creator's size, marked “est.”
formula-benchmarks = Benchmarks, each compared only with an ER on the same basis and by the creator’s followers (subscribers on YouTube), whatever the tier scheme: Instagram by followers ({ $passo }; under { $under } followers { $markerly }); TikTok by followers ({ $timf }) and by views ({ $modash_tiktok }); YouTube by views ({ $sociavault }). YouTube ER by subscribers has no benchmark: Modash's table ({ $modash_youtube }) divides by views, its figures fit neither basis on real channel lists, and no source gives a band by subscribers; on real top lists that rate runs from almost { $zero } (dormant and children's channels) to over { $one_pct }. A single published figure is shown as one figure. No source gives ER by reach, so it has no benchmark. Rating bands: { $rating }; when a rating and a size benchmark disagree, the ER cell says why.
formula-flags = Flags: ER under a third of its benchmark's low end or over three times its high end (a Tierwise rule of thumb); on Instagram, comments per { $hundred } likes outside { $low }–{ $high } ({ $source }); TikTok and YouTube audiences comment at other rates and no source gives theirs, so they are not judged on it.

## e

e-likes = likes
e-comments = comments
e-shares = shares
e-saves = saves

## rates

rates-heading = Rate card
rates-hint = Prices per post in US dollars used when the roster has none ({ $source }). Estimates use the middle of the range, or its lower end when it has no upper end.
rates-caption = Price per post by platform and size
rates-input = { $platform } { $band }: { $which } ($)
rates-from = from
rates-to = to

## problems

problems-heading = Problems ({ $count })
problems-none = No problems: every row was read.
problems-summary_column = Column “{ $column }”: { $count ->
        [one] { $count } cell left empty
       *[other] { $count } cells left empty
    }
problems-summary_rows = Rows left out: { $count }
problems-show_line = Show
problems-show_line_label = Show line { $line } in the paste box
problems-cell_kept = The cell is left empty; the rest of the row is used.
problems-row_left_out = The row is left out.

## problem

problem-at_cell = { $line }, column “{ $column }”: “{ $text }”: { $what }
problem-at_row = { $line }: “{ $text }”: { $what }
problem-line = Line { $line }
problem-object = Object { $item } (line { $line })
problem-more_in_column = And { $count } more { $count ->
        [one] cell
       *[other] cells
    } of “{ $column }” like this, from line { $line } on: { $what }
problem-more_rows = And { $count } more { $count ->
        [one] row
       *[other] rows
    } like this, from line { $line } on: { $what }
problem-expected-count = expected a number such as 12.5K or 10,000
problem-expected-money = expected a price such as 250 or $1,200
problem-expected-percent = expected a percentage such as 4.5%
problem-expected-text = expected text
problem-grouping = the thousands groups are not three digits long; { $expected }
problem-negative = cannot be negative; { $expected }
problem-percent = a percent sign here makes no sense; { $expected }
problem-no_identity = no handle and no name, so the row cannot be told apart
problem-too_many_cells = { $found } cells where the header has { $expected }: is there an unquoted comma in a name?
problem-not_a_platform = expected a platform such as Instagram, TikTok or YouTube; the row's platform is taken as for a row without one
problem-unclosed_quote = a quote opens a cell here and never closes; reading goes on from the next line

## input

input-not_a_roster = { $name } looks like { $kind }, not a roster. Tierwise reads CSV, TSV, JSON and spreadsheet files (.xlsx, .xls, .ods).
input-workbook_unreadable = { $name }: { $reason }
input-workbook_no_sheets = the workbook has no worksheet
input-workbook_no_sheet = the workbook has no sheet { $n }
input-sheet_read = Read sheet “{ $sheet }” of { $name } ({ $n } of { $count }).
input-sheet_skipped_empty = The sheets before it are empty.
input-sheet_label = Sheet
input-sheet_hidden = { $sheet } (hidden)

## file

file-png = a PNG image
file-jpeg = a JPEG photo
file-gif = a GIF image
file-webp = a WebP image
file-heic = a HEIC photo
file-bmp = a BMP image
file-tiff = a TIFF image
file-pdf = a PDF document
file-zip = a zip archive
file-gzip = a gzip archive
file-7z = a 7-Zip archive
file-rar = a RAR archive
file-word = a Word document
file-presentation = a PowerPoint presentation
file-video = a video
file-audio = an audio file
file-executable = a program
file-sqlite = an SQLite database
file-binary = a binary file

## notice

notice-read_as-engagement_rate = “{ $column }” holds percentages, so it is read as the engagement rate.
notice-read_as-engagements = “{ $column }” holds counts above { $hundred } with no % sign, so it is read as interactions per post, not as a rate.
notice-not_platforms = “{ $column }” holds { $examples }…, not platforms: it is kept as an extra column.
notice-lifetime_by_cells = “{ $column }” holds lifetime totals (typically { $times } times the followers), not { $field } per post: it is kept as an extra column.
notice-lifetime_by_header = “{ $column }” is a total over the account’s life, not { $field } per post: it is kept as an extra column.
notice-columns_combined = { $columns } never hold { $field } in the same row: together they give it.
notice-column_chosen = Several columns give { $field }: “{ $used }” is used because { $why }; the others ({ $over }) are kept as extra columns.
notice-why-not_lifetime = the others hold lifetime totals
notice-why-average = it is the average per post
notice-why-more_digits = its figures are exact where the others are rounded
notice-why-fuller = it has more figures
notice-why-first = it comes first and nothing else tells them apart
notice-identity_both = From their cells: “{ $handle }” holds handles (no spaces) and “{ $name }” display names.
notice-identity_handle = From its cells: “{ $handle }” holds handles (no spaces).
notice-identity_none = No column holds handles: creators are told apart by name.
notice-identity_extra = Also naming creators, kept as extra columns: { $columns }.
notice-name_and_handle = “{ $column }” holds “Name @handle”: names and handles are both taken from it.
notice-platform_from_headers = No platform column: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } taken as { $platform } from the column names ({ $headers }). If that is wrong, change the platform for rows without one.
notice-platform_default = Nothing in the file says which platform: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } taken as { $platform }. If that is wrong, change the platform for rows without one.
# $rows is a count with its noun ("1 row", "998 rows"); $weaker, $fewer and $named list platforms with the column names that name them ("YouTube: “Subscribers count”; TikTok: “Tiktoker”").
notice-platform_from_headers_over_weaker = No platform column: { $rows } taken as { $platform }, named outright in the column names ({ $headers }). That outweighs weaker hints ({ $weaker }), words used on several platforms. If that is wrong, change the platform for rows without one.
notice-platform_from_headers_over_fewer = No platform column: { $rows } taken as { $platform }, named in more column names ({ $headers }) than any other platform ({ $fewer }). If that is wrong, change the platform for rows without one.
notice-platform_headers_disagree = The column names point to more than one platform ({ $named }), none more clearly than the others: { $rows } taken as { $platform }. If that is wrong, change the platform for rows without one.
notice-platform_from_links = { $rows ->
        [one] { $rows } row took its
       *[other] { $rows } rows took their
    } platform from their profile or post links.
notice-rate_as_fraction = “{ $column }” holds fractions (0.0139 for 1.39%): read as percentages.
notice-header_on_line = The header is on line { $line }; the lines above it are not creators.
notice-too_many_columns = The first line has { $found } cells; a roster has at most { $max } columns, so this is not one and nothing was read. Is it a whole file on one line?
notice-mapped_header_missing = The mapping names { $headers }, but no column has that header, so nothing was read. The columns are { $columns }.
notice-unwrapped_rows = Every line was wrapped whole in quotes (as some spreadsheet round trips write it): read without them.

## summary

summary-mixed_currencies = several currencies

## columns

columns-note-chosen = used rather than { $over }: { $why }
columns-note-not_chosen = not used: “{ $used }” gives { $field }, because { $why }
columns-note-lifetime = lifetime totals, not { $field } per post: not used
columns-note-not_platforms = its cells are not platforms: not used
columns-note-read_as = read as { $field }, from its cells
columns-note-handles = handles, from its cells (no spaces)
columns-note-names = display names, from its cells
columns-note-name_and_handle = “Name @handle”: both taken from it
columns-note-fraction = fractions, read as percentages
columns-note-combined = together with { $columns }: never both in one row

## notice

notice-mixed_currencies = Prices are in more than one currency ({ $counts }). Each is shown in its own currency and nothing is converted; a budget plan uses only the prices in its currency.
notice-unmarked_prices = { $count ->
        [one] { $count } price without a currency sign was taken
       *[other] { $count } prices without a currency sign were taken
    } to be in { $currency }, like the others.
notice-not_a_roster = This looks like { $kind }, not a roster: nothing was read. Tierwise reads CSV, TSV, JSON and spreadsheet files (.xlsx, .xls, .ods).
notice-sheet = Read sheet “{ $sheet }” ({ $n } of { $count }).
notice-not_utf8 = The file is not UTF-8; it was read as Windows-1252.
notice-utf16 = The file is UTF-16 text (what Excel saves as “Unicode text”); it was read as such.
notice-repaired_bytes = Bytes that are not valid UTF-8: { $bytes }, on lines { $lines }. Each was read as a Windows-1252 character (such as “é”) and the rest of the file as UTF-8; the creators on those lines are flagged.
notice-names_as_handles = No handle column: creators are told apart by name.
notice-per_post = { $creators } one row per post ({ $rows } rows): their figures are per-post means, with medians.
notice-creators = { $n ->
        [one] { $n } creator has
       *[other] { $n } creators have
    }
notice-duplicates = { $n ->
        [one] { $n } row repeated an earlier row exactly and was counted once.
       *[other] { $n } rows repeated an earlier row exactly and were counted once.
    }
notice-repaired = { $n ->
        [one] { $n } text looked wrongly decoded (like “CÃ´te”) and was repaired.
       *[other] { $n } texts looked wrongly decoded (like “CÃ´te”) and were repaired.
    }

## columns

columns-heading = Columns
columns-hint = How each column was understood. Change any that is wrong.
columns-header = Column
columns-field = Read as
columns-select = Column “{ $header }” holds
columns-ignore = Nothing (keep as extra)
columns-missing = Tierwise needs { $field }: which column holds it?
columns-decimal = { $mark } decimal mark ({ $why })
columns-mark-dot = “.”
columns-mark-comma = “,”
columns-why-column = from this column
columns-why-other_columns = from other columns
columns-why-delimiter = semicolon-separated file
columns-why-field_default = no cell decides; usual for this field
columns-why-thousands = a count: “1.234” and “1,234” both mean 1,234

## field

field-handle = handle
field-name = name
field-platform = platform
field-followers = followers
field-likes = likes
field-comments = comments
field-shares = shares
field-saves = saves
field-views = views
field-reach = reach
field-conversions = conversions (clicks, sales)
field-impressions = impressions
field-engagements = interactions per post
field-posts = number of posts
field-price = price per post
field-category = category
field-country = country
field-engagement_rate = engagement rate (given)
field-post = post id, link or date

## flag

flag-er_very_low = ER { $er } is far below the benchmark's { $low }: inactive or bought followers?
flag-er_very_high = ER { $er } is far above the benchmark's { $high }: engagement pods, or a mistyped follower count?
# The same two flags for an ER by views or reach: followers are not in that rate, so the text must not blame them.
flag-er_very_low_views = ER { $er } is far below the benchmark's { $low }: views that did not turn into likes or comments (bought views, or viewers scrolling past)?
flag-er_very_high_views = ER { $er } is far above the benchmark's { $high }: engagement pods, bought likes, or a mistyped view count?
flag-comment_ratio = { $ratio } comments per { $hundred } likes, outside the healthy { $low }–{ $high } ({ $source }).
flag-likes_hidden = { $likes } likes beside this audience: likes are probably hidden.
flag-views_below_likes = Fewer views ({ $views }) than likes ({ $likes }).
flag-engagements_above_followers = More interactions per post ({ $engagements }) than followers ({ $followers }).
flag-duplicate = Repeated exactly on line { $lines }: counted once.

## list

list-more = { $shown } and { $n } more

## flag

flag-conflicting_rows = Listed on lines { $lines } with different follower counts: the last is used.
flag-no_followers = No follower count: no tier.
flag-repaired_text = Text repaired from a wrong charset.

## cli

cli-usage =
    usage: tierwise analyze FILE|- [--scheme NAME] [--platform NAME] [--basis followers|reach|views]
    {"  "}[--format jsonl|csv] [--map "HEADER=FIELD,…"] [--sheet NAME|N]
    {"       "}tierwise split FILE|- --budget AMOUNT … (tierwise split --help)
    schemes: seeds, broad-micro, hypeauditor, later-fohr, hootsuite
    platforms (for rows without one; by default taken from the file's words, else instagram): instagram, tiktok, youtube
    fields for --map: handle, name, platform, followers, likes, comments, shares, saves, views, reach, impressions,
    {"  "}engagements, posts, price, category, country, engagement_rate, post, conversions, or ignore
    files: CSV, TSV, JSON, JSON Lines, .xlsx, .xls, .ods (--sheet picks a sheet; default: the first that holds anything)
cli-split_usage =
    usage: tierwise split FILE|- --budget AMOUNT --objective reach|engagements|conversions
    {"  "}[--tier-mix micro=60..80,nano=10..30] [--platform-mix instagram=50..100]
    {"  "}[--max-per-creator 20%|AMOUNT] [--min-creators N] [--max-creators N] [--posts MIN..MAX]
    {"  "}[--conversion-rate PCT] [--strategy optimal|equal|proportional|tier-mix] [--format json|csv]
    {"  "}[--scheme NAME] [--platform NAME] [--currency SIGN]
    exit status: 0 a plan, 1 nothing read, 2 bad arguments, 3 no plan meets the constraints
cli-split_summary = tierwise: { $strategy } plan: { $creators } creators, { $posts } posts, { $spend } of { $budget } spent, { $objective } expected { $value }
cli-split_gap = tierwise: within { $gap } of the best possible plan (upper bound { $bound })
cli-split_all_estimated = tierwise: every price is an estimate from the rate card ({ $source }): give a price column for a plan on real prices
cli-split_conflicts = tierwise: no plan meets every constraint:
cli-columns = tierwise: columns (change with --map "HEADER=FIELD,…"):
cli-column = {"  "}“{ $header }” → { $what }
# A header the file has twice, told apart by its column's number (1 for the first column).
cli-column_numbered = {"  "}“{ $header }” (column { $number }) → { $what }
cli-column_mapped = { $field } (as mapped)
cli-column_ignored = ignored (as mapped)
cli-column_extra = not used (kept as an extra column)
cli-nothing_read = tierwise: no creator could be read from { $file }
cli-missing = tierwise: no column for { $field } was recognised; columns: { $columns }
cli-summary = tierwise: { $creators ->
        [one] { $creators } creator
       *[other] { $creators } creators
    } from { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    }
# Errors in the command line's arguments. `{ $option }` is the option's name (budget, map…).
# A band list (--tier-mix micro=60..80), a range (--posts 1..3) or a cap (--max-per-creator 20%)
# that could not be read; `{ $text }` is what was typed.
band_error-not_a_pair = expected NAME=MIN..MAX, found “{ $text }”
band_error-unknown_name = “{ $text }” is no tier or platform
band_error-not_a_percentage = “{ $text }”: percentages go from { $zero } to { $hundred }
band_error-not_a_number = expected a number, found “{ $text }”
band_error-min_above_max = “{ $text }”: the minimum is above the maximum
band_error-not_a_cap = expected 20% or an amount, found “{ $text }”
cli-error-bad_value = --{ $option }: the value is not valid text
cli-error-unknown = --{ $option }: unknown value “{ $value }”; expected one of: { $choices }
cli-error-expected = --{ $option }: expected { $what }, found “{ $value }”
cli-error-required = --{ $option } is required
cli-error-not_a_workbook = --sheet: the file is not a spreadsheet workbook
cli-error-no_sheet = --sheet: no sheet “{ $sheet }”; the sheets are { $sheets }
cli-expected-amount = an amount above { $zero }
cli-expected-whole_number = a whole number
cli-expected-percentage = a percentage
cli-expected-posts = whole numbers such as 1..3
