# Sources of benchmarks and tier schemes. Numbers ($year, $sample, $under, $mega, $range)
# are formatted by the locale; names of publishers stay as published.
source-passo = { $publisher } { $year }, Instagram ER by followers ((likes + comments + saves) ÷ followers)
source-markerly = { $publisher } via Digiday { $year }, Instagram like rate under { $under } followers (likes ÷ followers)
source-timf = { $publisher } { $year } ({ $sample } { $sample ->
    [one] creator
   *[other] creators
}), TikTok ER by followers
source-modash_tik_tok = { $publisher }, November { $year }, TikTok ER by views, “average” band
source-socia_vault = { $publisher } { $year } ({ $sample } { $sample ->
    [one] channel
   *[other] channels
}), YouTube ER by views, middle half of channels
source-modash_you_tube = { $publisher }, YouTube “average” band (divides by views; { $mega }+ subscribers: { $range })
scheme_source-seeds = Shopify's guides to micro-influencers
scheme_source-broad-micro = An Arabic guide to micro-influencers, { $year }
scheme_source-hypeauditor = HypeAuditor (older tiers)
scheme_source-later-fohr = Later × Fohr, { $year }
scheme_source-hootsuite = Hootsuite
source-rating = Influencer Marketing Hub, Instagram ER by followers
