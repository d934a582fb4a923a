## export: column names and words of the exported plan (CSV)
export-col_handle = บัญชี
export-col_name = ชื่อ
export-col_platform = แพลตฟอร์ม
export-col_tier = ระดับ
export-col_posts = จำนวนโพสต์
export-col_price_per_post = ราคาต่อโพสต์
export-col_price_is = ที่มาของราคา
export-col_spend = งบที่ใช้
export-col_expected_reach = การเข้าถึงที่คาดไว้
export-col_reach_is = ที่มาของการเข้าถึง
export-col_expected_engagements = เอนเกจเมนต์ที่คาดไว้
export-col_engagements_are = ที่มาของเอนเกจเมนต์
export-col_expected_conversions = คอนเวอร์ชันที่คาดไว้
export-col_conversions_are = ที่มาของคอนเวอร์ชัน
export-total = รวม
export-origin_supplied = ข้อมูลที่ให้มา
export-origin_estimated = ประมาณการ
export-origin_assumed = สมมติฐาน

## export: column names of the creators' results (CSV, copied table)
export-col_line = บรรทัด
export-col_followers = ผู้ติดตาม
export-col_engagements = เอนเกจเมนต์ต่อโพสต์
export-col_er_followers_pct = ER ตามผู้ติดตาม (%)
export-col_er_followers_median_pct = ค่ามัธยฐาน ER ตามผู้ติดตาม (%)
export-col_er_views_pct = ER ตามยอดวิว (%)
export-col_er_reach_pct = ER ตามการเข้าถึง (%)
export-col_likes_to_followers_pct = ไลก์ต่อผู้ติดตาม (%)
export-col_currency = สกุลเงิน
export-col_price_estimated = ราคาประมาณการ
export-col_cpe = CPE
export-col_cpm = CPM
export-col_cpm_basis = CPM คิดจาก
export-col_cpv = CPV
export-col_flags = ข้อสังเกต
export-yes = ใช่
export-no = ไม่ใช่
# Between two flag explanations in one cell.
export-list_joiner = {" / "}
