## export: column names and words of the exported plan (CSV)
export-col_handle = الحساب
export-col_name = الاسم
export-col_platform = المنصة
export-col_tier = الفئة
export-col_posts = المنشورات
export-col_price_per_post = السعر لكل منشور
export-col_price_is = مصدر السعر
export-col_spend = الإنفاق
export-col_expected_reach = الوصول المتوقع
export-col_reach_is = مصدر الوصول
export-col_expected_engagements = التفاعلات المتوقعة
export-col_engagements_are = مصدر التفاعلات
export-col_expected_conversions = التحويلات المتوقعة
export-col_conversions_are = مصدر التحويلات
export-total = الإجمالي
export-origin_supplied = مُقدَّم
export-origin_estimated = تقديري
export-origin_assumed = مفترض

## export: column names of the creators' results (CSV, copied table)
export-col_line = السطر
export-col_followers = المتابعون
export-col_engagements = التفاعلات لكل منشور
export-col_er_followers_pct = معدل التفاعل حسب المتابعين (%)
export-col_er_followers_median_pct = وسيط معدل التفاعل حسب المتابعين (%)
export-col_er_views_pct = معدل التفاعل حسب المشاهدات (%)
export-col_er_reach_pct = معدل التفاعل حسب الوصول (%)
export-col_likes_to_followers_pct = الإعجابات إلى المتابعين (%)
export-col_currency = العملة
export-col_price_estimated = سعر تقديري
export-col_cpe = CPE
export-col_cpm = CPM
export-col_cpm_basis = أساس CPM
export-col_cpv = CPV
export-col_flags = التنبيهات
export-yes = نعم
export-no = لا
# Between two flag explanations in one cell.
export-list_joiner = {"؛ "}
