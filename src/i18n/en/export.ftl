## export: column names and words of the exported plan (CSV)
export-col_handle = Handle
export-col_name = Name
export-col_platform = Platform
export-col_tier = Tier
export-col_posts = Posts
export-col_price_per_post = Price per post
export-col_price_is = Price is
export-col_spend = Spend
export-col_expected_reach = Expected reach
export-col_reach_is = Reach is
export-col_expected_engagements = Expected engagements
export-col_engagements_are = Engagements are
export-col_expected_conversions = Expected conversions
export-col_conversions_are = Conversions are
export-total = Total
export-origin_supplied = supplied
export-origin_estimated = estimated
export-origin_assumed = assumed

## export: column names of the creators' results (CSV, copied table)
export-col_line = Line
export-col_followers = Followers
export-col_engagements = Interactions per post
export-col_er_followers_pct = ER by followers (%)
export-col_er_followers_median_pct = Median ER by followers (%)
export-col_er_views_pct = ER by views (%)
export-col_er_reach_pct = ER by reach (%)
export-col_likes_to_followers_pct = Likes to followers (%)
export-col_currency = Currency
export-col_price_estimated = Price estimated
export-col_cpe = CPE
export-col_cpm = CPM
export-col_cpm_basis = CPM based on
export-col_cpv = CPV
export-col_flags = Flags
export-yes = yes
export-no = no
# Between two flag explanations in one cell.
export-list_joiner = {"; "}
