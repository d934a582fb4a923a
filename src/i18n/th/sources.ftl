# แหล่งที่มาของเกณฑ์อ้างอิงและการแบ่งระดับ
source-passo = { $publisher } ปี { $year } ER บน Instagram ตามผู้ติดตาม ((ไลก์ + คอมเมนต์ + การบันทึก) ÷ ผู้ติดตาม)
source-markerly = { $publisher } ผ่าน Digiday ปี { $year } อัตราไลก์บน Instagram ของบัญชีที่มีผู้ติดตามไม่ถึง { $under } คน (ไลก์ ÷ ผู้ติดตาม)
source-timf = { $publisher } ปี { $year } (ครีเอเตอร์ { $sample } ราย) ER บน TikTok ตามผู้ติดตาม
source-modash_tik_tok = { $publisher } พฤศจิกายน { $year } ER บน TikTok ตามยอดวิว ช่วง “ค่าเฉลี่ย”
source-socia_vault = { $publisher } ปี { $year } ({ $sample } ช่อง) ER บน YouTube ตามยอดวิว ครึ่งกลางของช่องทั้งหมด
source-modash_you_tube = { $publisher } ช่วง “ค่าเฉลี่ย” บน YouTube (หารด้วยยอดวิว; ผู้ติดตาม { $mega } ขึ้นไป: { $range })
scheme_source-seeds = คู่มือไมโครอินฟลูเอนเซอร์ของ Shopify
scheme_source-broad-micro = คู่มือไมโครอินฟลูเอนเซอร์ภาษาอาหรับ ปี { $year }
scheme_source-hypeauditor = HypeAuditor (ระดับแบบเดิม)
scheme_source-later-fohr = Later × Fohr ปี { $year }
scheme_source-hootsuite = Hootsuite
source-rating = Influencer Marketing Hub ER บน Instagram ตามผู้ติดตาม
