# The pictures (src/ui/charts/) and the summary band after a roster arrives
# (src/ui/components/glance.rs). Each chart states its finding in a sentence: it is shown
# under the chart's title and is what a screen reader says for the picture.

## The summary band

glance-heading = At a glance
glance-creators = Creators read
# { $rows }: "40 rows".
glance-creators_note = from { $rows }
glance-tiers = Tiers with creators
# The tier with the most creators: "Most: Micro, 33% of creators".
glance-tiers_note = Most: { $tier }, { $share } of creators
glance-median_er = Median engagement rate
# Creators below, within and above their benchmark band (numbers only).
glance-below = { $n } below
glance-within = { $n } within
glance-above = { $n } above their benchmark
glance-no_bench = No published benchmark for these platforms on this basis
glance-look = Worth a second look
glance-look_note = { $n ->
        [one] creator flagged
       *[other] creators flagged
    }
# { $budget }: "$2,000".
glance-plan = Best plan for { $budget }
glance-plan_heading = Best plan
# "53.9K engagements".
glance-plan_value = { $value } { $objective }
# "Optimal split · 5 creators".
glance-plan_note = { $strategy } · { $creators }
# The handles with the largest spend in the plan.
glance-plan_top = Most goes to { $handles }
glance-plan_link = See the plan
glance-plan_no_budget = Type a budget to see how to split it.
glance-plan_none = No plan fits these settings yet.
glance-plan_on_request = This roster is planned when you ask: press “Make the plan” in the budget plan.

## Every chart

chart-heading = Charts
chart-show_data = Show the data
chart-hide_data = Hide the data
chart-download_svg = Download SVG
chart-download_png = Download PNG
# The picture's accessible name: its title, then its finding.
chart-named = { $title }: { $finding }
# Two sentences of a finding, one after the other.
chart-sentences = { $first }; { $second }.
# A finding of one sentence.
chart-sentence = { $text }.
chart-low = Low
chart-high = High
chart-source = Source
chart-expected = Expected
chart-pessimistic = Pessimistic
chart-optimistic = Optimistic
chart-legend_expected = Expected
chart-legend_range = Pessimistic to optimistic

## Engagement rate against followers

chart-scatter-title = Engagement rate against followers
chart-scatter-x = Followers (log scale)
# The median rate of the smallest and of the largest tier on the chart.
chart-scatter-trend = Median engagement goes from { $from } ({ $tier_from }) to { $to } ({ $tier_to })
chart-scatter-median = Median engagement { $er }
chart-scatter-against = { $below } of { $total ->
        [one] { $total } creator
       *[other] { $total } creators
    } sit below their benchmark band and { $above } above it
chart-scatter-no_bench = no published benchmark covers these platforms on this basis
chart-scatter-empty = No creator has both a follower count and an engagement rate to draw.
# Shown when the pointer or the keyboard is on a creator.
chart-scatter-point = { $handle } · { $platform } · { $followers } followers · ER { $er } · { $tier }
# Beside the point under the pointer or the keyboard: handle, followers, rate.
chart-scatter-tip = { $handle } · { $followers } · { $er }
chart-scatter-point_bench = {" · "}benchmark { $band }: { $comparison }
chart-scatter-point_flagged = {" · "}flagged
chart-scatter-keys = Focus the chart and use the arrow keys to go from creator to creator; Enter shows the creator in the table.
chart-scatter-no_points = Too many creators to draw one by one, and none of them is flagged.
chart-scatter-legend_platform = { $platform } ({ $creators })
chart-scatter-legend_band = Benchmark band for that size
chart-scatter-legend_flagged = Flagged for a look
chart-scatter-legend_density = Creators per cell: the darker, the more
chart-scatter-binned = All { $plotted } creators are drawn as a density; the { $marked } flagged creators furthest from their band are drawn as points.
chart-scatter-above_top = { $n ->
        [one] One rate above { $top } is drawn on the top edge.
       *[other] { $n } rates above { $top } are drawn on the top edge.
    }
chart-scatter-left_out = { $n ->
        [one] One creator without a follower count or a rate is not drawn.
       *[other] { $n } creators without a follower count or a rate are not drawn.
    }
chart-scatter-bands_caption = Benchmark bands behind the points
chart-scatter-points_caption = Creators on the chart

## Tier mix

chart-tiers-title = Tier mix
chart-tiers-finding = { $tier } holds the most creators ({ $share }), { $tier_followers } the most followers ({ $share_followers })
# The comparison scheme's largest tier.
chart-tiers-finding_other = under { $scheme }, { $tier } holds the most creators ({ $share })
chart-tiers-empty = No creator has a follower count to put in a tier.
chart-tiers-creators = Share of creators
chart-tiers-followers = Share of followers
chart-tiers-scheme = Scheme
chart-tiers-followers_share = Share of followers

## The budget plan

chart-plan_tiers-title = Spend per tier against the targets
chart-plan_tiers-finding = { $strategy }: { $tier } gets the largest share of the budget, { $share }; { $met }.
chart-plan_tiers-all_met = every tier is within its target
chart-plan_tiers-no_targets = no tier has a target
chart-plan_tiers-off = { $n ->
        [one] one tier is outside its target
       *[other] { $n } tiers are outside their targets
    }
chart-plan_tiers-legend_share = The plan's share of the budget
chart-plan_tiers-legend_band = Target band
chart-plan_tiers-legend_off = Outside its target
chart-plan_tiers-share = Share of the budget
chart-plan_tiers-target = Target
# { $objective }: "engagements", "reach", "conversions".
chart-strategies-title = The strategies compared on { $objective }
# { $range }: chart-range, or nothing when the pessimistic and optimistic figures are equal.
chart-strategies-finding = { $best } brings the most { $objective }, { $value } expected{ $range }; { $worst } the least, { $worst_value }.
chart-strategies-finding_one = { $best } brings { $value } { $objective } expected{ $range }.
# After an expected figure: its pessimistic to optimistic range.
chart-range = {" "}({ $low }–{ $high })
chart-mega-title = One mega creator or many micro creators
chart-mega-one = One mega creator
chart-mega-micro = { $n ->
        [one] { $n } micro creator
       *[other] { $n } micro creators
    }
chart-mega-finding = { $n ->
        [one] For the same budget, { $n } micro creator is expected to bring { $micro_value } { $objective }, against { $mega_value } from one mega creator.
       *[other] For the same budget, { $n } micro creators are expected to bring { $micro_value } { $objective }, against { $mega_value } from one mega creator.
    }
