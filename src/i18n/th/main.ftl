# Tierwise: ข้อความภาษาไทย แปลจากต้นฉบับภาษาอังกฤษ (en.ftl) ซึ่งเป็นต้นแบบของทุกภาษา
#
# แต่ละข้อความเขียนเป็น `id = ข้อความ` ส่วน `{ $name }` คือค่าที่โปรแกรมเติมให้ (ตัวเลข
# ชื่อบัญชี ชื่อคอลัมน์): ต้องคงไว้ ย้ายตำแหน่งได้ตามที่ประโยคต้องการ และห้ามแปล
# ข้อความหนึ่งเลือกถ้อยคำตามตัวเลขได้:
#   count-creators = { $n ->
#      *[other] ครีเอเตอร์ { $n } ราย
#   }
# ค่าใดก็ตามที่แสดงตัวเลข (`{ $count }`, `{ $creators }`, `{ $rows }`…) ใช้เลือกถ้อยคำ
# แบบนี้ได้ ไม่ว่าจะชื่ออะไร
# หมวดต่างๆ เป็นไปตามกฎพหูพจน์ของ CLDR สำหรับภาษานั้น (zero, one, two, few, many,
# other) ภาษาไทยมีเพียง other จึงเขียนรูปเดียวพร้อมลักษณนาม ตัวเลือกที่มีเครื่องหมาย `*`
# ใช้กับค่าอื่นทั้งหมด บรรทัดถัดจากบรรทัดแรกต้องย่อหน้า และ `{"  "}` ใช้คงช่องว่างไว้ที่ต้นบรรทัด


## app

app-title = Tierwise
app-tagline = ดูระดับ การมีส่วนร่วม และต้นทุนของครีเอเตอร์ทั้งรายชื่อในที่เดียว ข้อมูลไม่ออกจากเบราว์เซอร์ของคุณ
# ชื่อแท็บของเบราว์เซอร์ และคำอธิบายหน้าสำหรับเครื่องมือค้นหาและลิงก์ที่แชร์
app-page_title = Tierwise: เครื่องคำนวณรายชื่ออินฟลูเอนเซอร์
app-description = Tierwise: ระดับตามจำนวนผู้ติดตาม อัตราการมีส่วนร่วม และต้นทุนของครีเอเตอร์ทั้งรายชื่อ คำนวณในเบราว์เซอร์ของคุณ ไม่มีการอัปโหลดข้อมูลใดๆ
# คำอธิบายของแอปที่ติดตั้งแล้ว (ใน web app manifest ของแอป)
app-manifest_description = ระดับตามจำนวนผู้ติดตาม อัตราการมีส่วนร่วม ต้นทุน และแผนงบประมาณของครีเอเตอร์ทั้งรายชื่อ คำนวณในเบราว์เซอร์ของคุณ ไม่มีการอัปโหลดข้อมูลใดๆ
# ชื่อสั้นของแอปที่ติดตั้งแล้ว แสดงใต้ไอคอน
app-short_name = Tierwise
# ป้ายกำกับเมนูภาษาในส่วนหัวของหน้า
app-language = ภาษา

## list

# ข้อความจากไฟล์ของผู้ใช้ (ชื่อคอลัมน์ หรือเซลล์) ที่ยกมาในประโยค
list-quoted = “{ $text }”
# คั่นระหว่างรายการ: “a”, “b”
list-separator = {", "}
# คั่นระหว่างกลุ่มของรายการ: YouTube: “Youtuber”; TikTok: “Tiktoker”
list-separator_strong = {"; "}
# แพลตฟอร์มพร้อมชื่อคอลัมน์ที่ระบุแพลตฟอร์มนั้น
list-platform_headers = { $platform }: { $headers }

## input

input-heading = รายชื่อครีเอเตอร์ของคุณ
input-paste = วางรายชื่อ
input-paste_hint = วางแถวจากสเปรดชีต หรือข้อมูล CSV, TSV หรือ JSON โดยแถวแรกเป็นชื่อคอลัมน์
input-analyse = วิเคราะห์
input-sample = ลองใช้รายชื่อตัวอย่าง
input-upload = อัปโหลดไฟล์รายชื่อ
input-drop = …หรือลากไฟล์มาวางที่นี่: .csv, .tsv, .txt, .json หรือสเปรดชีต (.xlsx, .xls, .ods)
input-clear = ล้าง
input-reading = กำลังอ่าน { $name }…
reading-label = กำลังอ่านรายชื่อ
reading-progress = อ่านแล้ว { $done } จาก { $of } MB · { $rows }
reading-stop = หยุดอ่าน
reading-stopped = หยุดอ่านแล้ว ไม่ได้เก็บข้อมูลใดจากรายชื่อนั้นไว้
reading-engine_failed = เบราว์เซอร์นี้เริ่มส่วนที่อ่านรายชื่อของหน้านี้ (Web Worker) ไม่ได้ จึงอ่านรายชื่อใดที่นี่ไม่ได้ ลองโหลดหน้าใหม่ หรือเปิดด้วย Chrome, Edge, Firefox หรือ Safari รุ่นล่าสุด
input-read_error = อ่าน { $name } ไม่ได้: { $error }

## status

status-summary = อ่านได้{ $creators } จาก { $rows } พบ{ $problems }

## count

count-creators = ครีเอเตอร์ { $n } ราย
count-rows = { $n } แถว
count-problems = ปัญหา { $n } รายการ

## status

status-scheme = เกณฑ์ระดับ: { $scheme }
status-sorted = เรียงตาม { $column } { $direction }
status-ascending = จากน้อยไปมาก
status-descending = จากมากไปน้อย

## app

app-skip = ข้ามไปที่ผลลัพธ์

## results

results-heading = ผลลัพธ์

## cell

cell-none = ไม่มีข้อมูล

## status

status-empty = วางรายชื่อหรือลองใช้รายชื่อตัวอย่างเพื่อเริ่มต้น
status-stale = จะอ่านสิ่งที่คุณแก้ไขเมื่อคุณหยุดพิมพ์ (หรือกด “วิเคราะห์”)…
status-format-delimited = อ่านเป็นข้อความที่คั่นด้วย{ $delimiter }
status-format-json = อ่านเป็น JSON
status-format-json_lines = อ่านเป็น JSON Lines

## delimiter

delimiter-tab = แท็บ
delimiter-comma = จุลภาค (,)
delimiter-semicolon = อัฒภาค (;)
delimiter-pipe = ขีดตั้ง (|)

## settings

settings-choices = { $scheme } · { $basis }
settings-heading = การตั้งค่า
settings-scheme = เกณฑ์แบ่งระดับ
settings-compare = เปรียบเทียบกับเกณฑ์
settings-compare_none = ไม่เปรียบเทียบ
settings-interactions = การมีส่วนร่วมที่นับรวม
settings-basis = ฐานคำนวณอัตราการมีส่วนร่วม (ER)
settings-platform = แพลตฟอร์มเมื่อรายชื่อไม่ได้ระบุ
settings-platform_auto = ตามไฟล์ (ชื่อคอลัมน์และลิงก์) ถ้าไม่มีใช้ Instagram
settings-platform_hint = คอลัมน์แพลตฟอร์มหรือลิงก์โปรไฟล์มีผลก่อนเสมอ ตัวเลือกนี้ใช้กับแถวที่ไม่มีทั้งสองอย่าง
settings-cutoffs = จุดตัดระดับ (เกณฑ์กำหนดเอง)
settings-cutoffs_hint = เมื่อแก้ไขจุดตัด ระบบจะเปลี่ยนไปใช้เกณฑ์ของคุณเอง เว้นช่องว่างไว้หากต้องการตัดระดับนั้นออก
settings-cutoff_label = ระดับ{ $tier } เริ่มที่ (ผู้ติดตาม)
settings-source = ที่มา: { $source }

## scheme

scheme-seeds = Shopify ({ $cuts })
scheme-broad-micro = ไมโครแบบกว้าง ({ $cuts })
scheme-hypeauditor = HypeAuditor ({ $cuts })
scheme-later-fohr = Later × Fohr ({ $cuts })
scheme-hootsuite = Hootsuite ({ $cuts })
scheme-custom = กำหนดจุดตัดเอง

## scheme_short

scheme_short-seeds = Shopify
scheme_short-broad-micro = ไมโครแบบกว้าง
scheme_short-hypeauditor = HypeAuditor
scheme_short-later-fohr = Later × Fohr
scheme_short-hootsuite = Hootsuite
scheme_short-custom = กำหนดเอง

## scheme_error

scheme_error-no_tiers = เปิดใช้อย่างน้อยหนึ่งระดับ
scheme_error-negative = จุดตัดคือจำนวนผู้ติดตาม ต้องเป็น { $zero } ขึ้นไป
scheme_error-start = ระดับต่ำสุด ({ $tier }) ต้องเริ่มที่ผู้ติดตาม { $zero } คน
scheme_error-rising = ระดับ{ $tier }ต้องเริ่มสูงกว่าระดับ{ $previous }

## interactions

interactions-likes_comments = ไลก์ + คอมเมนต์ (HypeAuditor, Upfluence)
interactions-likes_comments_shares = ไลก์ + คอมเมนต์ + แชร์ (แบบ TikTok)
interactions-all = ไลก์ + คอมเมนต์ + แชร์ + เซฟ (SocialBee)

## basis

basis-followers = ตามผู้ติดตาม
basis-reach = ตามการเข้าถึง
basis-views = ตามยอดวิว

## platform

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = อื่นๆ

## formula

formula-split_reach = แผนงบประมาณ การเข้าถึงที่คาดการณ์ของแต่ละโพสต์: ใช้การเข้าถึงจากรายชื่อ ถ้าไม่มีใช้อิมเพรสชัน ถ้าไม่มีอีกใช้ยอดวิว หากไม่มีเลย ใช้ผู้ติดตาม × สัดส่วนการเข้าถึงของระดับนั้น ({ $source }) และกำกับว่า “ประมาณ”
formula-split_engagements = แผนงบประมาณ ยอดการมีส่วนร่วมที่คาดการณ์ของแต่ละโพสต์: ใช้ E ของครีเอเตอร์ (ค่าเฉลี่ยของทุกโพสต์) หากไม่มีไลก์หรือคอมเมนต์ ใช้ผู้ติดตาม × ค่ากลางของช่วง ER อ้างอิงของระดับนั้น และกำกับว่า “ประมาณ”
formula-split_conversions = แผนงบประมาณ คอนเวอร์ชันที่คาดการณ์ของแต่ละโพสต์: ใช้คอลัมน์คอนเวอร์ชันหรือคลิกจากรายชื่อ ถ้าไม่มี ใช้ยอดการมีส่วนร่วม × อัตราคอนเวอร์ชันที่คุณกรอก และกำกับว่า “ค่าสมมติ”
formula-split_band = กรณีแย่สุดและดีสุด: โพสต์ที่ผลต่ำที่สุดและสูงที่สุดของครีเอเตอร์แต่ละรายในรายชื่อ หากมีเพียงแถวเดียว ใช้ค่าต่ำและค่าสูงของช่วง ER อ้างอิงเทียบกับค่ากลางของช่วง
formula-split_totals = ยอดรวมของแผน: ยอดใช้จ่าย = Σ จำนวนโพสต์ × ราคาต่อโพสต์; CPE = ยอดใช้จ่าย ÷ ยอดการมีส่วนร่วมที่คาดการณ์; CPM = ยอดใช้จ่าย ÷ การเข้าถึงที่คาดการณ์ × { $thousand }; CPA = ยอดใช้จ่าย ÷ คอนเวอร์ชันที่คาดการณ์; งบคงเหลือ = งบประมาณ − ยอดใช้จ่าย
formula-split_hhi = การกระจุกตัว: สัดส่วนยอดใช้จ่ายของครีเอเตอร์อันดับหนึ่ง และ HHI = Σ (สัดส่วนยอดใช้จ่ายเป็น %)² ตั้งแต่ { $max } (ครีเอเตอร์รายเดียว) ลดลงเข้าใกล้ { $zero } (กระจายเป็นวงกว้าง)
formula-split_bound = แผนเหมาะสมที่สุด: จำนวนโพสต์เต็มต่อครีเอเตอร์ที่ให้ผลตามเป้าหมายสูงสุดภายใต้งบประมาณและทุกเงื่อนไข ขอบเขตบนได้จากการผ่อนปรนแบบลากรองจ์ ซึ่งเท่ากับการผ่อนปรนเชิงเส้น ส่วนต่างคือ (ขอบเขตบน − แผน) ÷ ขอบเขตบน

## storage

storage-kept = รายชื่อ การตั้งค่า และแผนงบประมาณของคุณเก็บไว้ในเบราว์เซอร์นี้เท่านั้น รีโหลดหรือปิดแท็บไปข้อมูลก็ไม่หาย
storage-clear = ล้างข้อมูลของฉัน
storage-confirm_clear = ลบรายชื่อ การตั้งค่า และแผนงบประมาณที่เก็บไว้ในเบราว์เซอร์นี้ และล้างหน้านี้ใช่ไหม?
storage-unavailable = บันทึกอัตโนมัติปิดอยู่: เบราว์เซอร์นี้ไม่อนุญาตให้ใช้พื้นที่จัดเก็บในเครื่อง ทุกอย่างบนหน้าจอจะยังอยู่จนกว่าคุณจะปิดหน้านี้
storage-refused_roster = บันทึกอัตโนมัติ: เบราว์เซอร์นี้ไม่ยอมจัดเก็บรายชื่อนี้ ({ $chars } ตัวอักษร; พื้นที่จัดเก็บสำหรับเว็บไซต์นี้เต็มหรือถูกปิดไว้) จึงไม่ได้เก็บรายชื่อ แต่เก็บการตั้งค่าไว้แล้ว ทุกอย่างบนหน้าจอยังอยู่ครบ
storage-restoring = กำลังกู้คืนรายชื่อที่เก็บไว้…

## rate

rate-bad_range = { $platform } ระดับ{ $tier }: “ถึง” ({ $high }) ต้องไม่น้อยกว่า “ตั้งแต่” ({ $low }) เรตการ์ดจะใช้ค่า { $kept } ต่อไป

## storage

storage-restore_failed = อ่านรายชื่อที่เก็บไว้จากพื้นที่จัดเก็บของเบราว์เซอร์นี้ไม่ได้ แต่กู้คืนการตั้งค่าแล้ว โปรดวางหรืออัปโหลดรายชื่ออีกครั้ง
storage-refused = บันทึกอัตโนมัติ: เบราว์เซอร์ไม่ยอมจัดเก็บการตั้งค่าของคุณ (พื้นที่จัดเก็บเต็ม) ทุกอย่างบนหน้าจอยังอยู่ครบ

## update

update-ready = Tierwise มีเวอร์ชันใหม่แล้ว
update-reload = รีโหลด

## budget

budget-heading = แผนงบประมาณ
budget-intro = แบ่งงบแคมเปญให้ครีเอเตอร์ในรายชื่อนี้เป็นจำนวนโพสต์เต็ม วางแผนทุกกลยุทธ์เทียบกันให้เห็น แผนเหมาะสมที่สุดให้ผลตามเป้าหมายสูงสุดภายใต้ทุกเงื่อนไข และพิสูจน์ได้ว่าใกล้แผนที่ดีที่สุดที่เป็นไปได้แค่ไหน ข้อมูลไม่ออกจากเบราว์เซอร์ของคุณ
budget-goal = งบประมาณและเป้าหมาย
budget-amount = งบประมาณรวม
budget-currency = สัญลักษณ์สกุลเงิน
budget-objective = เป้าหมาย
budget-objective-reach = การรับรู้: การเข้าถึงที่คาดการณ์
budget-objective-engagements = การพิจารณา: ยอดการมีส่วนร่วมที่คาดการณ์
budget-objective-conversions = การลงมือทำ: ยอดคลิกหรือคอนเวอร์ชันที่คาดการณ์
budget-conversion_rate = อัตราคอนเวอร์ชันที่สมมติ (% ของยอดการมีส่วนร่วม)
budget-limits = จำนวนโพสต์และขีดจำกัด
budget-posts_min = โพสต์ขั้นต่ำต่อครีเอเตอร์
budget-posts_max = โพสต์สูงสุดต่อครีเอเตอร์
budget-cap = เพดานต่อครีเอเตอร์
budget-cap_unit = หน่วยของเพดาน
budget-cap_unit-percent = % ของงบประมาณ
budget-cap_unit-amount = จำนวนเงิน
budget-min_creators = จำนวนครีเอเตอร์ขั้นต่ำ
budget-max_creators = จำนวนครีเอเตอร์สูงสุด
budget-tier_mix = สัดส่วนตามระดับ
budget-mix_hint = ยอดใช้จ่ายเป็น % ของงบประมาณรวม เว้นว่างทั้งสองช่องหากไม่ต้องการกำหนดเป้า
budget-platform_mix = สัดส่วนตามแพลตฟอร์ม
budget-band_min = ต่ำสุด %
budget-band_max = สูงสุด %
budget-min_label = { $name }: % ขั้นต่ำของงบประมาณ
budget-max_label = { $name }: % สูงสุดของงบประมาณ
budget-creators = ครีเอเตอร์
budget-include = ต้องมีเสมอ (ชื่อบัญชี)
budget-exclude = ไม่รวม (ชื่อบัญชี)
budget-error = “{ $text }”: { $expected }
budget-expected-amount = ต้องเป็นจำนวนเงินที่มากกว่า { $zero }
budget-expected-percent = ต้องเป็นเปอร์เซ็นต์ตั้งแต่ { $zero } ถึง { $hundred }
budget-expected-whole = ต้องเป็นจำนวนเต็มตั้งแต่ { $min } ขึ้นไป
budget-expected-not_below_min = ค่าสูงสุดน้อยกว่าค่าต่ำสุด
budget-expected-handles = ไม่มีในรายชื่อ: { $unknown }
budget-updating = กำลังปรับแผน…
budget-planning = กำลังจัดทำแผน…
budget-cancel = ยกเลิก
budget-make_plan = สร้างแผน
budget-big_roster = รายชื่อนี้มีขนาดใหญ่ จึงสร้างแผนเมื่อคุณสั่งเท่านั้น ไม่ใช่ทุกครั้งที่มีการเปลี่ยนแปลง
budget-skipped = ไม่อยู่ในแผนใดเลย: { $list }
budget-strategies = เปรียบเทียบกลยุทธ์
budget-col-strategy = กลยุทธ์ (ดูแผน)
budget-col-objective = { $objective }ที่คาดการณ์ (กรณีแย่สุด–ดีสุด)
budget-col-reach = การเข้าถึง
budget-col-engagements = การมีส่วนร่วม
budget-col-conversions = คอนเวอร์ชัน
budget-col-creators = ครีเอเตอร์
budget-col-left = งบคงเหลือ
budget-col-top_share = สัดส่วนของครีเอเตอร์อันดับหนึ่ง
budget-col-constraints = เงื่อนไข
budget-col-posts = โพสต์
budget-col-price = ราคาต่อโพสต์
budget-col-spend = ยอดใช้จ่าย
budget-col-expected = { $objective }ที่คาดการณ์
budget-col-option = ตัวเลือก
budget-col-cpe = CPE
budget-col-cpm = CPM
budget-col-hhi = HHI
budget-cpe_title = ต้นทุนต่อการมีส่วนร่วมที่คาดการณ์: ยอดใช้จ่าย ÷ ยอดการมีส่วนร่วม
budget-cpm_title = ต้นทุนต่อการเข้าถึงหนึ่งพันคน: ยอดใช้จ่าย ÷ การเข้าถึง × { $thousand }
budget-hhi_title = ดัชนี Herfindahl–Hirschman: ผลรวมกำลังสองของสัดส่วนยอดใช้จ่ายเป็น % ตั้งแต่ { $ten_thousand } (ครีเอเตอร์รายเดียว) ลดหลั่นลงไป (ยิ่งต่ำยิ่งกระจาย)
budget-all_met = ผ่านครบทุกข้อ
budget-needs_tier_mix = กำหนดสัดส่วนตามระดับก่อน จึงจะวางแผนตามระดับได้
budget-no_plan = ไม่มีแผนใดผ่านทุกเงื่อนไข (ดูด้านบน)
budget-band_note = ช่วงตัวเลขคือกรณีแย่สุด–ดีสุด: โพสต์ที่ผลต่ำที่สุดและสูงที่สุดของครีเอเตอร์แต่ละราย หากรายชื่อมีหลายโพสต์ ไม่เช่นนั้นใช้ช่วง ER อ้างอิงของระดับนั้นรอบค่าประมาณ
budget-conflicts = ไม่มีแผนใดผ่านทุกเงื่อนไข
budget-mix_heading = ยอดใช้จ่ายแต่ละระดับเทียบกับเป้า
budget-mix_line = { $tier }: { $share } ของงบประมาณ
budget-mix_line_target = { $tier }: { $share } ของงบประมาณ (เป้า { $min }–{ $max })
budget-proof_optimal = เหมาะสมที่สุด: ไม่มีแผนใดภายใต้เงื่อนไขเหล่านี้ได้{ $objective }ที่คาดการณ์มากกว่า { $bound } และแผนนี้ทำได้ถึงระดับนั้น
budget-proof_gap = ห่างจากแผนที่ดีที่สุดที่เป็นไปได้ไม่เกิน { $gap }: ไม่มีแผนใดภายใต้เงื่อนไขเหล่านี้ได้{ $objective }ที่คาดการณ์มากกว่า { $bound }
budget-why = ทำไมแผนนี้จึงดีที่สุด
budget-why_text = การเลือกจำนวนโพสต์เต็มให้ครีเอเตอร์แต่ละรายภายใต้งบประมาณ ช่วงสัดส่วนตามระดับ เพดาน และจำนวนครีเอเตอร์ คือปัญหาเป้สะพายหลัง Tierwise กำหนดราคาให้แต่ละเงื่อนไข (การผ่อนปรนแบบลากรองจ์) เพื่อหาขอบเขตบนที่ไม่มีแผนใดทำได้เกิน สร้างแผนแบบละโมบตามราคาเหล่านั้น ตัดตัวเลือกที่ต้นทุนเมื่อเทียบกับขอบเขตบนเกินส่วนต่างไปแล้วทิ้งทั้งหมด แล้วค้นหาในครีเอเตอร์ไม่กี่รายที่เหลือ หากการค้นหาหยุดก่อนกำหนด จะใช้ขอบเขตที่แคบลงซึ่งยังคงจำนวนโพสต์เป็นจำนวนเต็ม (ค่าที่ดีที่สุดของแต่ละระดับสำหรับเงินทุกจำนวน ด้วยกำหนดการพลวัต) และปรับปรุงแผนที่ขอบเขตนั้นชี้ไปด้วยการสลับโพสต์ระหว่างครีเอเตอร์ หากยังพิสูจน์ไม่ได้ หรือยังไม่พบแผนเลย (ช่วงสัดส่วนตามระดับที่แคบจนต้องเติมด้วยโพสต์ราคาแพงเพียงไม่กี่โพสต์) จะใช้วิธีแตกกิ่งและจำกัดเขตกับครีเอเตอร์ที่เหลือเพื่อตัดสินทีละราย โดยแต่ละขั้นมีขอบเขตจากกำหนดการเชิงเส้นของตัวเอง (ในรายชื่อขนาดใหญ่ที่ยังไม่มีแผน จะลองหาจากครีเอเตอร์ไม่กี่รายของแต่ละระดับก่อน) เมื่อขอบเขตบนกับแผนมาบรรจบกัน แผนนั้นคือแผนที่เหมาะสมที่สุด ไม่เช่นนั้นจะแสดงส่วนต่างระหว่างทั้งสอง
budget-plan_heading = แผน: { $strategy }
budget-plan_caption = แผน ({ $strategy }): ครีเอเตอร์ จำนวนโพสต์ และผลลัพธ์ที่คาดการณ์
budget-plan_summary = ครีเอเตอร์ { $creators } ราย { $posts } โพสต์ ใช้ไป { $spend } เหลือ { $left }
budget-estimated_spend = ในจำนวนนี้ { $spend } คิดจากราคาประมาณตามเรตการ์ด
budget-estimated_outcome = ประมาณจากผู้ติดตามและค่าอ้างอิงที่มีแหล่งที่มา (ดู “สูตรและแหล่งที่มา”)
budget-assumed_outcome = คิดจากอัตราคอนเวอร์ชันที่คุณกรอก
budget-assumed = ค่าสมมติ
budget-total = รวม
budget-export = ส่งออกแผน (CSV)
budget-export_json = ส่งออกแผน (JSON)
budget-copy = คัดลอกแผนเป็นตาราง

## share

share-heading = แชร์และฝัง
share-hint = ลิงก์แชร์จะบรรจุรายชื่อและการตั้งค่าของคุณไว้ในตัวลิงก์ หลังเครื่องหมาย “#”: เบราว์เซอร์ไม่เคยส่งส่วนนั้นไปยังเซิร์ฟเวอร์ใด แต่ทุกคนที่ได้ลิงก์จากคุณจะเห็นรายชื่อนี้ได้
share-link = คัดลอกลิงก์แชร์
share-file = บันทึกเป็นไฟล์
share-embed = ฝังบนเว็บไซต์ของคุณ…
share-link_label = ลิงก์แชร์
share-copied = คัดลอกลิงก์แล้ว ({ $chars } ตัวอักษร) เปิดลิงก์นี้แล้วจะเห็นรายชื่อนี้พร้อมการตั้งค่าเดียวกัน
share-made = สร้างลิงก์แล้ว ({ $chars } ตัวอักษร): คัดลอกจากช่องได้เลย
share-too_long = รายชื่อนี้ทำให้ลิงก์ยาว { $chars } ตัวอักษร ลิงก์ที่ยาวเกิน { $max } ตัวอักษรจะใช้ไม่ได้ในเบราว์เซอร์และแอปอีเมลหลายตัว ให้บันทึกเป็นไฟล์แล้วส่งไฟล์แทน: เปิดไฟล์ใน Tierwise (“อัปโหลดไฟล์รายชื่อ”) จะได้มุมมองเดิมกลับมา
share-saved_file = บันทึก { $name } แล้ว: เปิดด้วย “อัปโหลดไฟล์รายชื่อ” เพื่อกู้คืนรายชื่อและการตั้งค่าเหล่านี้
share-opened_link = เปิดจากลิงก์ที่แชร์: รายชื่อและการตั้งค่านี้มากับตัวลิงก์ ไม่ได้มาจากเซิร์ฟเวอร์ใด
share-opened_file = เปิด { $name } แล้ว: กู้คืนรายชื่อและการตั้งค่าเรียบร้อย
share-paused = คุณเปิดงานที่แชร์มา รายชื่อและการตั้งค่าของคุณเองยังเก็บอยู่ในเบราว์เซอร์นี้ตามเดิม การเปลี่ยนแปลงตรงนี้จะไม่ถูกบันทึกจนกว่าคุณจะเลือก
share-keep_shared = ใช้รายชื่อที่แชร์มา (แทนที่ของฉัน)
share-back_to_mine = กลับไปที่รายชื่อของฉัน
share-bad_link = เปิดลิงก์แชร์นี้ไม่ได้: { $reason } ไม่มีสิ่งใดถูกเปลี่ยน รายชื่อและการตั้งค่าของคุณยังเหมือนเดิม
share-bad_file = { $name } ดูเหมือนเป็นไฟล์ Tierwise แต่เปิดไม่ได้: { $reason } ไม่มีสิ่งใดถูกเปลี่ยน
share-error-version = สร้างจาก Tierwise เวอร์ชันอื่น (รูปแบบ { $version })
share-error-damaged = ข้อมูลเสียหายหรือขาดหาย (คัดลอกมาครบหรือไม่?)
share-error-too_large = ยาวเกินไป หรือคลายออกมาแล้วใหญ่กว่าลิงก์ใดๆ ที่ Tierwise สร้าง
share-error-not_a_record = เนื้อหาไม่ใช่รายชื่อและการตั้งค่าของ Tierwise ({ $detail })

## embed

embed-heading = ฝัง Tierwise บนเว็บไซต์ของคุณ
embed-intro = วางโค้ดนี้ลงในหน้าบล็อกหรือเว็บไซต์ของคุณ Tierwise จะแสดงในกรอบที่ขยายตามเนื้อหา และรายชื่อของผู้อ่านจะอยู่ในเบราว์เซอร์ของผู้อ่านเอง
embed-compact = แบบกะทัดรัด (ไม่มีส่วนหัวของหน้า)
embed-theme = ธีม
embed-theme-auto = ตามระบบของผู้อ่าน
embed-theme-light = สว่าง
embed-theme-dark = มืด
embed-lang = ภาษาและรูปแบบตัวเลข
embed-lang-auto = ตามเบราว์เซอร์ของผู้อ่าน
embed-lang_hint = หน้าจะแสดงทั้งข้อความและรูปแบบตัวเลขตามภาษาที่เลือก หากเป็นภาษาที่ Tierwise ยังไม่มีคำแปล ข้อความจะเป็นภาษาอังกฤษ แต่รูปแบบตัวเลขจะเป็นไปตามภาษานั้น

## lang

lang-en-US = อังกฤษ (สหรัฐอเมริกา)
lang-en-GB = อังกฤษ (สหราชอาณาจักร)
lang-de-DE = เยอรมัน (เยอรมนี)
lang-fr-FR = ฝรั่งเศส (ฝรั่งเศส)
lang-es-ES = สเปน (สเปน)
lang-pl-PL = โปแลนด์ (โปแลนด์)
lang-vi-VN = เวียดนาม (เวียดนาม)
lang-th-TH = ไทย (ไทย)
lang-ar-EG = อาหรับ (อียิปต์)

## embed

embed-scheme = เกณฑ์แบ่งระดับที่ใช้เริ่มต้น
embed-scheme-none = ค่าเริ่มต้น (คงตัวเลือกของผู้อ่านไว้)
embed-snippet = โค้ดสำหรับวาง
embed-copy = คัดลอกโค้ด
embed-copied = คัดลอกโค้ดแล้ว
embed-close = ปิด
embed-iframe_title = Tierwise: เครื่องคำนวณรายชื่ออินฟลูเอนเซอร์

## export

export-copied = คัดลอก { $rows } แถวแล้ว: นำไปวางในสเปรดชีตได้เลย
export-no_clipboard = เบราว์เซอร์นี้ไม่อนุญาตให้คัดลอกที่นี่ โปรดใช้การส่งออกแทน
export-results = ส่งออกผลลัพธ์
export-results_csv = ส่งออกผลลัพธ์ (CSV)
export-results_json = ส่งออกผลลัพธ์ (JSON)
export-results_copy = คัดลอกผลลัพธ์เป็นตาราง

## budget

budget-mega_caption = งบเดียวกัน ลงกับเมกะอินฟลูเอนเซอร์ 1 ราย หรือไมโครอินฟลูเอนเซอร์ { $low }–{ $high } ราย
budget-one_mega = เมกะอินฟลูเอนเซอร์ 1 ราย
budget-one_mega_named = เมกะอินฟลูเอนเซอร์ 1 ราย (@{ $handle })
budget-micro_team = ไมโครอินฟลูเอนเซอร์ { $low }–{ $high } ราย (มากเท่าที่งบจ่ายได้ ในรายชื่อมี { $available } รายที่อยู่ในงบ)
budget-no_mega = ไม่มีเมกะอินฟลูเอนเซอร์ในรายชื่อที่อยู่ในงบ
budget-no_micro = ไม่มีไมโครอินฟลูเอนเซอร์ในรายชื่อที่อยู่ในงบ

## col

col-creator = ครีเอเตอร์

## cell

cell-estimated_price = ราคาประมาณจากเรตการ์ด

## objective

objective-reach = การเข้าถึง
objective-engagements = ยอดการมีส่วนร่วม
objective-conversions = คอนเวอร์ชัน

## strategy

strategy-equal = แบ่งเท่ากัน
strategy-proportional = ตามสัดส่วนของเป้าหมาย
strategy-tier-mix = แบ่งตามสัดส่วนระดับ
strategy-optimal = เหมาะสมที่สุด

## split

split-disclosure = โพสต์ที่ได้รับการสนับสนุนต้องเปิดเผยอย่างชัดเจนและเห็นได้ง่าย เช่น #ad (FTC) และเป็นหน้าที่ของแบรนด์ที่ต้องดูแลให้ครีเอเตอร์ทุกรายใส่ไว้

## skip

skip-no_tier = ครีเอเตอร์ { $n } รายที่ไม่มีจำนวนผู้ติดตาม
skip-no_price = ครีเอเตอร์ { $n } รายที่ไม่มีราคา (และไม่มีในเรตการ์ด)
skip-no_engagements = ครีเอเตอร์ { $n } รายที่ไม่มีตัวเลขการมีส่วนร่วมหรือค่าอ้างอิง
skip-excluded = ครีเอเตอร์ { $n } รายที่คุณเลือกไม่รวม
skip-other_currency = ครีเอเตอร์ { $n } รายที่ราคาเป็นสกุลเงินอื่นซึ่งไม่ตรงกับงบ (ไม่มีการแปลงค่าเงิน)
skip-over_cap = ครีเอเตอร์ { $n } รายที่ราคาของจำนวนโพสต์ขั้นต่ำเกินเพดานหรืองบประมาณ

## conflict

conflict-band_nobody = กลุ่ม { $what } ต้องได้อย่างน้อย { $need } แต่ไม่มีครีเอเตอร์ในกลุ่มนี้รายใดที่จ่ายได้ภายใต้งบประมาณ เพดาน และช่วงสัดส่วน
conflict-no_figures = ไม่มีครีเอเตอร์รายใดมีข้อมูล{ $objective }: เพิ่มคอลัมน์คอนเวอร์ชัน (หรือคลิก) หรือกรอกอัตราคอนเวอร์ชันที่สมมติ
conflict-no_candidates = ไม่มีครีเอเตอร์รายใดวางแผนได้: แต่ละรายต้องมีจำนวนผู้ติดตามและราคา (ระบุมาในรายชื่อ หรือจากเรตการ์ด)
conflict-nothing_fits = ไม่มีครีเอเตอร์รายใดอยู่ในงบ: โพสต์ที่ถูกที่สุดราคา { $cheapest } แต่งบประมาณคือ { $budget } (ภายใต้เพดานต่อครีเอเตอร์ ถ้ามี)
conflict-minimums_over_budget = สัดส่วนขั้นต่ำของแต่ละ{ $what }รวมกันได้ { $total } ของงบประมาณ ซึ่งเกิน { $all }
conflict-band_reversed = กลุ่ม { $what }: ค่าต่ำสุด { $min } สูงกว่าค่าสูงสุด { $max }
conflict-band_out_of_reach = กลุ่ม { $what } ต้องได้อย่างน้อย { $need } แต่ครีเอเตอร์ทุกรายในกลุ่มนี้รวมกัน แม้ลงโพสต์สูงสุดทุกราย ก็มีค่าใช้จ่ายเพียง { $most }
conflict-min_over_max = ต้องการครีเอเตอร์อย่างน้อย { $min } ราย แต่อนุญาตได้สูงสุด { $max } ราย
conflict-too_few = ต้องการครีเอเตอร์อย่างน้อย { $min } ราย แต่จ่ายได้เพียง { $available } ราย (ต้องมีราคาที่ไม่เกินเพดาน)
conflict-min_over_budget = ครีเอเตอร์ { $min } รายที่ถูกที่สุด เมื่อลงโพสต์ขั้นต่ำ มีค่าใช้จ่าย { $cheapest } เกินงบประมาณ { $budget }
conflict-forced_over_budget = ครีเอเตอร์ที่คุณกำหนดให้ต้องมี เมื่อลงโพสต์ขั้นต่ำ มีค่าใช้จ่าย { $spend } เกินงบประมาณ { $budget }
conflict-forced_over_max = กำหนดให้ต้องมีครีเอเตอร์ { $forced } ราย แต่อนุญาตได้สูงสุด { $max } ราย
conflict-forced_over_band = ครีเอเตอร์ที่คุณกำหนดให้ต้องมี ใช้งบในกลุ่ม { $what } ไป { $spend } เกินค่าสูงสุด { $max }
conflict-forced_over_cap = { $creator } ถูกกำหนดให้ต้องมี แต่โพสต์ขั้นต่ำมีค่าใช้จ่าย { $spend } เกินกว่าที่ครีเอเตอร์หนึ่งรายจะได้ในที่นี้ ({ $cap }: ค่าที่น้อยที่สุดระหว่างเพดาน งบประมาณ และค่าสูงสุดของระดับและแพลตฟอร์มของครีเอเตอร์รายนี้)
conflict-forced_not_plannable = { $creator } ถูกกำหนดให้ต้องมี แต่ใส่ในแผนไม่ได้: ถูกเลือกไม่รวมไว้ด้วย หรือไม่มีจำนวนผู้ติดตาม ราคา หรือข้อมูลสำหรับเป้าหมาย
conflict-together = แต่ละเงื่อนไขทำได้เมื่อแยกกัน แต่ไม่มีแผนที่ใช้จำนวนโพสต์เต็มแผนใดผ่านทุกเงื่อนไขพร้อมกัน
conflict-gave_up = การค้นหาหยุดก่อนจะพบแผนหรือพิสูจน์ได้ว่าไม่มีแผน โปรดผ่อนเงื่อนไขบางข้อ

## relax

relax-band_short = หากคงเงื่อนไขอื่นไว้ กลุ่ม { $what } จะได้งบมากที่สุด { $most } แต่คุณขออย่างน้อย { $min }
relax-count_short = หากคงเงื่อนไขอื่นไว้ ใส่ครีเอเตอร์ได้มากที่สุด { $most } ราย แต่คุณขออย่างน้อย { $min } ราย
relax-max_creators = ถ้าไม่จำกัดครีเอเตอร์สูงสุด { $max } ราย จะมีแผนที่ใช้ครีเอเตอร์ { $reached } ราย
relax-cap = ถ้าไม่มีเพดาน จะมีแผน โดยครีเอเตอร์ที่ได้มากที่สุดได้ { $largest }
relax-none = ระบุขั้นต่ำข้อใดข้อหนึ่งที่เป็นสาเหตุไม่ได้: ลองผ่อนค่าสูงสุดของช่วงสัดส่วน เพดาน หรือจำนวนโพสต์ต่อครีเอเตอร์

## bands

bands-tiers = ระดับ
bands-platforms = แพลตฟอร์ม

## broken

broken-band = กลุ่ม { $what } ได้ { $spend } (เป้า { $min }–{ $max })
broken-min_creators = ครีเอเตอร์ { $creators } ราย (ขออย่างน้อย { $min } ราย)
broken-max_creators = ครีเอเตอร์ { $creators } ราย (ขอไม่เกิน { $max } ราย)
broken-forced = ครีเอเตอร์ที่กำหนดให้ต้องมีแต่ไม่ได้อยู่ในแผน { $missing } ราย

## tier

tier-emerging = หน้าใหม่
tier-nano = นาโน
tier-micro = ไมโคร
tier-mid = มิดเทียร์
tier-macro = มาโคร
tier-mega = เมกะ
tier-none = ไม่มีจำนวนผู้ติดตาม

## summary

summary-caption = สรุปตามระดับ
summary-tier = ระดับ
summary-range = ผู้ติดตาม
summary-creators = ครีเอเตอร์
summary-share = สัดส่วน
summary-median_er = ER มัธยฐาน
summary-total_followers = ผู้ติดตามรวม
summary-price = ราคาต่อโพสต์
summary-estimated = เป็นค่าประมาณ { $count } ราย

## compare

compare-caption = เปรียบเทียบเกณฑ์
compare-hint = จำนวนครีเอเตอร์ในแต่ละระดับตามแต่ละเกณฑ์

## table

table-caption = ครีเอเตอร์
table-sort = เรียงตาม { $column }
table-updating = กำลังปรับรายการ…
table-count = ทั้งหมด { $total } ราย
filter-label = ค้นหาครีเอเตอร์
filter-text = ชื่อบัญชีหรือชื่อ
filter-tier = ระดับ
filter-any_tier = ทุกระดับ
filter-platform = แพลตฟอร์ม
filter-any_platform = ทุกแพลตฟอร์ม
filter-flagged = เฉพาะที่มีข้อสังเกต
filter-clear = แสดงทั้งหมด
table-filtered = ครีเอเตอร์ { $matching } จาก { $all } รายตรงกับตัวกรอง

## col

col-line = บรรทัด
col-handle = ชื่อบัญชี
col-name = ชื่อ
col-platform = แพลตฟอร์ม
col-followers = ผู้ติดตาม
col-tier = ระดับ
col-engagements = การมีส่วนร่วม / โพสต์
col-er = ER
col-er_followers = ER ตามผู้ติดตาม
col-er_views = ER ตามยอดวิว
col-er_reach = ER ตามการเข้าถึง
col-benchmark = ค่าอ้างอิง
col-price = ราคา / โพสต์
col-cpe = CPE
col-cpm = CPM
col-cpv = CPV
col-flags = ข้อสังเกต

## cell

cell-median = มัธยฐาน { $value }
cell-posts = { $count } โพสต์
cell-estimated = ประมาณ
cell-estimated_title = ประมาณจากเรตการ์ด ({ $source }) ของ { $platform } ระดับ{ $band }: { $low }–{ $high }
cell-supplied_er = จากรายชื่อ
cell-partial = บางส่วน
cell-partial_title = บางส่วน: คำนวณจากการมีส่วนร่วมเพียงบางประเภทที่นับ (ไม่มีไลก์หรือคอมเมนต์) หรือจากโพสต์ที่ไม่มียอดวิวหรือการเข้าถึง ค่าจึงอาจต่ำเพราะเหตุนี้อย่างเดียว ระบบจึงไม่ขึ้นข้อสังเกต “ต่ำมาก”
cell-rating_vs_benchmark = ได้ระดับ “{ $rating }” เมื่อเทียบกับ Instagram โดยรวม (ตามช่วงของ Influencer Marketing Hub) แต่{ $comparison }ช่วงของบัญชีที่มี{ $segment } ({ $range }): บัญชีขนาดนี้มักมีการมีส่วนร่วม{ $direction }
cell-direction-more = สูงกว่านี้
cell-direction-less = ต่ำกว่านี้
cell-cpm_basis = คิดจาก{ $basis }

## cpm

cpm-impressions = อิมเพรสชัน
cpm-views = ยอดวิว
cpm-reach = การเข้าถึง
cpm-followers = ผู้ติดตาม (ใช้แทน)

## rating

rating-low = ต่ำ
rating-average = ปานกลาง
rating-high = สูง
rating-very_high = สูงมาก

## comparison

comparison-below = ต่ำกว่า
comparison-within = อยู่ใน
comparison-above = สูงกว่า

## benchmark

benchmark-cell = { $comparison }เกณฑ์สำหรับ{ $segment } ({ $range })

## segment

segment-audience = ผู้ติดตาม { $min }–{ $max } คน
segment-audience_up = ผู้ติดตาม { $min } คนขึ้นไป
segment-subscribers = ซับสไครเบอร์ { $min }–{ $max } คน
segment-subscribers_up = ซับสไครเบอร์ { $min } คนขึ้นไป

## scheme

scheme-custom_source = จุดตัดของคุณ

## rates

rates-edited = { $source } (คุณแก้ไขแล้ว)

## benchmark

benchmark-none = ไม่มีค่าอ้างอิง

## formula

formula-heading = สูตรและแหล่งที่มา
formula-e = การมีส่วนร่วมต่อโพสต์ (E) = { $parts } ตัวเลขที่รายชื่อไม่มีจะไม่ถูกนับ หากขาดบางตัวและรายชื่อให้การมีส่วนร่วมมาเป็นตัวเลขเดียว (“Engagement avg.”) จะใช้ตัวเลขนั้นเป็น E
formula-er_followers = ER ตามผู้ติดตาม = E ÷ ผู้ติดตาม × { $hundred } (HypeAuditor, Upfluence)
formula-er_reach = ER ตามการเข้าถึง = E ÷ การเข้าถึง × { $hundred } หากมีแถวรายโพสต์ ใช้ค่าเฉลี่ยของอัตรารายโพสต์ (Flowbox)
formula-er_views = ER ตามยอดวิว = E ÷ ยอดวิว × { $hundred } (HypeAuditor TikTok, Modash)
formula-ltf = อัตราไลก์ต่อผู้ติดตาม = ไลก์ ÷ ผู้ติดตาม × { $hundred } (InfluencerDB)
formula-median = เมื่อมีหนึ่งแถวต่อโพสต์ จะแสดงทั้งค่าเฉลี่ยและค่ามัธยฐาน เพราะโพสต์ไวรัลเพียงโพสต์เดียวก็ดึงค่าเฉลี่ยให้สูงขึ้นได้
formula-cpe = CPE = ราคาต่อโพสต์ ÷ E (Upfluence)
formula-cpm = CPM = ราคาต่อโพสต์ ÷ อิมเพรสชัน × { $thousand } เมื่อไม่มีอิมเพรสชัน จะใช้ยอดวิว การเข้าถึง หรือผู้ติดตามแทน และระบุไว้ให้เห็น (Upfluence)
formula-cpv = CPV = ราคาต่อโพสต์ ÷ ยอดวิว
formula-price = ราคาที่ขาดจะประมาณจากเรตการ์ด ({ $source }): ใช้ค่ากลางของช่วงตามขนาดของครีเอเตอร์ และกำกับว่า “ประมาณ”
formula-benchmarks = ค่าอ้างอิงแต่ละค่าเทียบกับ ER ที่ใช้ฐานเดียวกันเท่านั้น และเทียบตามจำนวนผู้ติดตามของครีเอเตอร์ (ซับสไครเบอร์สำหรับ YouTube) ไม่ว่าจะใช้เกณฑ์แบ่งระดับใด: Instagram ตามผู้ติดตาม ({ $passo }; ผู้ติดตามไม่ถึง { $under } คน { $markerly }); TikTok ตามผู้ติดตาม ({ $timf }) และตามยอดวิว ({ $modash_tiktok }); YouTube ตามยอดวิว ({ $sociavault }) ส่วน ER ของ YouTube ตามซับสไครเบอร์ไม่มีค่าอ้างอิง: ตารางของ Modash ({ $modash_youtube }) หารด้วยยอดวิว ตัวเลขในตารางไม่ตรงกับฐานใดเลยในสองฐานนี้เมื่อเทียบกับรายชื่อช่อง YouTube จริง และไม่มีแหล่งใดให้ช่วงค่าตามซับสไครเบอร์ ในรายชื่อช่องอันดับต้นๆ จริง อัตรานี้มีตั้งแต่เกือบ { $zero } (ช่องที่หยุดเคลื่อนไหวและช่องสำหรับเด็ก) ไปจนถึงมากกว่า { $one_pct } ตัวเลขที่เผยแพร่มาเพียงค่าเดียวจะแสดงเป็นค่าเดียว ไม่มีแหล่งใดให้ค่า ER ตามการเข้าถึง จึงไม่มีค่าอ้างอิงสำหรับฐานนี้ ช่วงการจัดระดับ: { $rating } เมื่อระดับที่จัดได้กับค่าอ้างอิงตามขนาดบัญชีขัดแย้งกัน ช่อง ER จะอธิบายเหตุผล
formula-flags = ข้อสังเกต: ER ต่ำกว่าหนึ่งในสามของขอบล่างของค่าอ้างอิง หรือสูงกว่าสามเท่าของขอบบน (หลักคร่าวๆ ของ Tierwise); บน Instagram คอมเมนต์ต่อ { $hundred } ไลก์อยู่นอกช่วง { $low }–{ $high } ({ $source }); ผู้ชมบน TikTok และ YouTube คอมเมนต์ในอัตราที่ต่างออกไป และไม่มีแหล่งใดให้อัตราของผู้ชมกลุ่มนี้ จึงไม่ถูกประเมินด้วยเกณฑ์นี้

## e

e-likes = ไลก์
e-comments = คอมเมนต์
e-shares = แชร์
e-saves = เซฟ

## rates

rates-heading = เรตการ์ด
rates-hint = ราคาต่อโพสต์เป็นดอลลาร์สหรัฐที่ใช้เมื่อรายชื่อไม่มีราคา ({ $source }) การประมาณใช้ค่ากลางของช่วง หรือใช้ขอบล่างหากช่วงนั้นไม่มีขอบบน
rates-caption = ราคาต่อโพสต์ตามแพลตฟอร์มและขนาดบัญชี
rates-input = { $platform } ระดับ{ $band }: { $which } ($)
rates-from = ตั้งแต่
rates-to = ถึง

## problems

problems-heading = ปัญหา ({ $count })
problems-none = ไม่มีปัญหา: อ่านได้ครบทุกแถว
problems-summary_column = คอลัมน์ “{ $column }”: เว้นว่างไว้ { $count } ช่อง
problems-summary_rows = แถวที่ไม่ได้ใช้: { $count }
problems-show_line = แสดง
problems-show_line_label = แสดงบรรทัด { $line } ในช่องวางข้อมูล
problems-cell_kept = ปล่อยช่องนี้ว่างไว้ ส่วนที่เหลือของแถวยังใช้ตามปกติ
problems-row_left_out = ไม่ใช้แถวนี้

## problem

problem-at_cell = { $line } คอลัมน์ “{ $column }”: “{ $text }”: { $what }
problem-at_row = { $line }: “{ $text }”: { $what }
problem-line = บรรทัด { $line }
problem-object = ออบเจกต์ { $item } (บรรทัด { $line })
problem-more_in_column = และอีก { $count } ช่องของ “{ $column }” ที่เป็นแบบนี้ ตั้งแต่บรรทัด { $line } เป็นต้นไป: { $what }
problem-more_rows = และอีก { $count } แถวที่เป็นแบบนี้ ตั้งแต่บรรทัด { $line } เป็นต้นไป: { $what }
problem-expected-count = ต้องเป็นตัวเลข เช่น 12.5K หรือ 10,000
problem-expected-money = ต้องเป็นราคา เช่น 250 หรือ $1,200
problem-expected-percent = ต้องเป็นเปอร์เซ็นต์ เช่น 4.5%
problem-expected-text = ต้องเป็นข้อความ
problem-grouping = ตัวคั่นหลักพันไม่ได้แบ่งทีละสามหลัก; { $expected }
problem-negative = ติดลบไม่ได้; { $expected }
problem-percent = ไม่ควรมีเครื่องหมายเปอร์เซ็นต์ตรงนี้; { $expected }
problem-no_identity = ไม่มีทั้งชื่อบัญชีและชื่อ จึงแยกแถวนี้ออกจากแถวอื่นไม่ได้
problem-too_many_cells = พบ { $found } ช่อง ขณะที่ส่วนหัวมี { $expected } ช่อง: มีจุลภาคในชื่อที่ไม่ได้อยู่ในเครื่องหมายคำพูดหรือเปล่า?
problem-not_a_platform = ต้องเป็นแพลตฟอร์ม เช่น Instagram, TikTok หรือ YouTube แพลตฟอร์มของแถวนี้จะถือแบบเดียวกับแถวที่ไม่ได้ระบุ
problem-unclosed_quote = มีเครื่องหมายคำพูดเปิดช่องตรงนี้แต่ไม่มีปิด จะอ่านต่อจากบรรทัดถัดไป

## input

input-not_a_roster = { $name } ดูเหมือนเป็น{ $kind } ไม่ใช่รายชื่อ Tierwise อ่านไฟล์ CSV, TSV, JSON และสเปรดชีต (.xlsx, .xls, .ods) ได้
input-workbook_unreadable = { $name }: { $reason }
input-workbook_no_sheets = เวิร์กบุ๊กนี้ไม่มีเวิร์กชีต
input-workbook_no_sheet = เวิร์กบุ๊กนี้ไม่มีชีตที่ { $n }
input-sheet_read = อ่านชีต “{ $sheet }” ของ { $name } ({ $n } จาก { $count })
input-sheet_skipped_empty = ชีตก่อนหน้านี้ว่างเปล่า
input-sheet_label = ชีต
input-sheet_hidden = { $sheet } (ซ่อนอยู่)

## file

file-png = ภาพ PNG
file-jpeg = ภาพถ่าย JPEG
file-gif = ภาพ GIF
file-webp = ภาพ WebP
file-heic = ภาพถ่าย HEIC
file-bmp = ภาพ BMP
file-tiff = ภาพ TIFF
file-pdf = เอกสาร PDF
file-zip = ไฟล์บีบอัด zip
file-gzip = ไฟล์บีบอัด gzip
file-7z = ไฟล์บีบอัด 7-Zip
file-rar = ไฟล์บีบอัด RAR
file-word = เอกสาร Word
file-presentation = งานนำเสนอ PowerPoint
file-video = วิดีโอ
file-audio = ไฟล์เสียง
file-executable = โปรแกรม
file-sqlite = ฐานข้อมูล SQLite
file-binary = ไฟล์ไบนารี

## notice

notice-read_as-engagement_rate = “{ $column }” เป็นค่าเปอร์เซ็นต์ จึงอ่านเป็นอัตราการมีส่วนร่วม
notice-read_as-engagements = “{ $column }” เป็นจำนวนที่เกิน { $hundred } และไม่มีเครื่องหมาย % จึงอ่านเป็นการมีส่วนร่วมต่อโพสต์ ไม่ใช่อัตรา
notice-not_platforms = “{ $column }” มีค่าอย่าง { $examples }… ซึ่งไม่ใช่แพลตฟอร์ม จึงเก็บไว้เป็นคอลัมน์เสริม
notice-lifetime_by_cells = “{ $column }” เป็นยอดสะสมตลอดอายุบัญชี (โดยทั่วไป { $times } เท่าของผู้ติดตาม) ไม่ใช่{ $field }ต่อโพสต์ จึงเก็บไว้เป็นคอลัมน์เสริม
notice-lifetime_by_header = “{ $column }” เป็นยอดรวมตลอดอายุบัญชี ไม่ใช่{ $field }ต่อโพสต์ จึงเก็บไว้เป็นคอลัมน์เสริม
notice-columns_combined = { $columns } ไม่เคยมีค่า{ $field }อยู่ในแถวเดียวกัน จึงนำมารวมกันเป็นค่าเดียว
notice-column_chosen = มีหลายคอลัมน์ที่ให้ค่า{ $field }: ใช้ “{ $used }” เพราะ{ $why } ส่วนคอลัมน์อื่น ({ $over }) เก็บไว้เป็นคอลัมน์เสริม
notice-why-not_lifetime = คอลัมน์อื่นเป็นยอดสะสมตลอดอายุบัญชี
notice-why-average = เป็นค่าเฉลี่ยต่อโพสต์
notice-why-more_digits = ตัวเลขละเอียดครบ ขณะที่คอลัมน์อื่นถูกปัดเศษ
notice-why-fuller = มีตัวเลขครบกว่า
notice-why-first = อยู่ก่อน และไม่มีสิ่งอื่นที่ใช้แยกได้
notice-identity_both = จากข้อมูลในช่อง: “{ $handle }” เป็นชื่อบัญชี (ไม่มีเว้นวรรค) และ “{ $name }” เป็นชื่อที่แสดง
notice-identity_handle = จากข้อมูลในช่อง: “{ $handle }” เป็นชื่อบัญชี (ไม่มีเว้นวรรค)
notice-identity_none = ไม่มีคอลัมน์ใดเป็นชื่อบัญชี: จะแยกครีเอเตอร์ด้วยชื่อ
notice-identity_extra = คอลัมน์ที่ระบุชื่อครีเอเตอร์เช่นกัน ซึ่งเก็บไว้เป็นคอลัมน์เสริม: { $columns }
notice-name_and_handle = “{ $column }” อยู่ในรูปแบบ “ชื่อ @ชื่อบัญชี”: ดึงทั้งชื่อและชื่อบัญชีจากคอลัมน์นี้
notice-platform_from_headers = ไม่มีคอลัมน์แพลตฟอร์ม: ถือว่า { $rows } แถวเป็น { $platform } ตามชื่อคอลัมน์ ({ $headers }) หากไม่ถูกต้อง ให้เปลี่ยนแพลตฟอร์มสำหรับแถวที่ไม่ได้ระบุ
notice-platform_default = ไม่มีข้อมูลในไฟล์ที่บอกว่าเป็นแพลตฟอร์มใด: ถือว่า { $rows } แถวเป็น { $platform } หากไม่ถูกต้อง ให้เปลี่ยนแพลตฟอร์มสำหรับแถวที่ไม่ได้ระบุ
# $rows คือตัวเลขพร้อมคำนาม ("1 แถว", "998 แถว") ส่วน $weaker, $fewer และ $named คือรายการแพลตฟอร์มพร้อมชื่อคอลัมน์ที่ระบุแพลตฟอร์มนั้น ("YouTube: “Subscribers count”; TikTok: “Tiktoker”")
notice-platform_from_headers_over_weaker = ไม่มีคอลัมน์แพลตฟอร์ม: ถือว่า { $rows }เป็น { $platform } เพราะชื่อคอลัมน์ระบุแพลตฟอร์มนี้ไว้ตรงๆ ({ $headers }) ซึ่งมีน้ำหนักมากกว่าเบาะแสที่อ่อนกว่า ({ $weaker }) อันเป็นคำที่ใช้กันในหลายแพลตฟอร์ม หากไม่ถูกต้อง ให้เปลี่ยนแพลตฟอร์มสำหรับแถวที่ไม่ได้ระบุ
notice-platform_from_headers_over_fewer = ไม่มีคอลัมน์แพลตฟอร์ม: ถือว่า { $rows }เป็น { $platform } เพราะมีชื่อคอลัมน์ที่ระบุแพลตฟอร์มนี้ ({ $headers }) มากกว่าแพลตฟอร์มอื่นใด ({ $fewer }) หากไม่ถูกต้อง ให้เปลี่ยนแพลตฟอร์มสำหรับแถวที่ไม่ได้ระบุ
notice-platform_headers_disagree = ชื่อคอลัมน์ชี้ไปยังแพลตฟอร์มมากกว่าหนึ่งแห่ง ({ $named }) โดยไม่มีแพลตฟอร์มใดชัดเจนกว่าแพลตฟอร์มอื่น: ถือว่า { $rows }เป็น { $platform } หากไม่ถูกต้อง ให้เปลี่ยนแพลตฟอร์มสำหรับแถวที่ไม่ได้ระบุ
notice-platform_from_links = { $rows } แถวระบุแพลตฟอร์มจากลิงก์โปรไฟล์หรือลิงก์โพสต์
notice-rate_as_fraction = “{ $column }” เป็นค่าทศนิยม (0.0139 แทน 1.39%): อ่านเป็นเปอร์เซ็นต์
notice-header_on_line = ส่วนหัวอยู่ที่บรรทัด { $line } บรรทัดที่อยู่เหนือขึ้นไปไม่ใช่ครีเอเตอร์
notice-too_many_columns = บรรทัดแรกมี { $found } ช่อง แต่รายชื่อมีได้ไม่เกิน { $max } คอลัมน์ จึงไม่ใช่รายชื่อและไม่ได้อ่านข้อมูลใดเลย ทั้งไฟล์อยู่ในบรรทัดเดียวหรือเปล่า?
notice-mapped_header_missing = การกำหนดคอลัมน์ระบุ { $headers } แต่ไม่มีคอลัมน์ใดใช้ชื่อนั้น จึงไม่ได้อ่านข้อมูลใดเลย คอลัมน์ที่มีคือ { $columns }
notice-unwrapped_rows = ทุกบรรทัดถูกครอบด้วยเครื่องหมายคำพูดทั้งบรรทัด (แบบที่สเปรดชีตบางตัวเขียนออกมาเมื่อส่งข้อมูลไปมา): อ่านโดยตัดเครื่องหมายคำพูดออก

## summary

summary-mixed_currencies = หลายสกุลเงิน

## columns

columns-note-chosen = ใช้แทน { $over }: { $why }
columns-note-not_chosen = ไม่ได้ใช้: “{ $used }” ให้ค่า{ $field } เพราะ{ $why }
columns-note-lifetime = ยอดสะสมตลอดอายุบัญชี ไม่ใช่{ $field }ต่อโพสต์: ไม่ได้ใช้
columns-note-not_platforms = ข้อมูลในช่องไม่ใช่แพลตฟอร์ม: ไม่ได้ใช้
columns-note-read_as = อ่านเป็น{ $field } จากข้อมูลในช่อง
columns-note-handles = ชื่อบัญชี จากข้อมูลในช่อง (ไม่มีเว้นวรรค)
columns-note-names = ชื่อที่แสดง จากข้อมูลในช่อง
columns-note-name_and_handle = “ชื่อ @ชื่อบัญชี”: ดึงทั้งสองอย่างจากคอลัมน์นี้
columns-note-fraction = ค่าทศนิยม อ่านเป็นเปอร์เซ็นต์
columns-note-combined = ใช้ร่วมกับ { $columns }: ไม่เคยมีค่าทั้งคู่ในแถวเดียวกัน

## notice

notice-mixed_currencies = ราคามีมากกว่าหนึ่งสกุลเงิน ({ $counts }) แต่ละราคาแสดงในสกุลเงินของตัวเองโดยไม่มีการแปลงค่า แผนงบประมาณจะใช้เฉพาะราคาในสกุลเงินของงบเท่านั้น
notice-unmarked_prices = ราคา { $count } รายการที่ไม่มีสัญลักษณ์สกุลเงิน ถือว่าเป็น { $currency } เหมือนรายการอื่น
notice-not_a_roster = ไฟล์นี้ดูเหมือนเป็น{ $kind } ไม่ใช่รายชื่อ จึงไม่ได้อ่านข้อมูลใดเลย Tierwise อ่านไฟล์ CSV, TSV, JSON และสเปรดชีต (.xlsx, .xls, .ods) ได้
notice-sheet = อ่านชีต “{ $sheet }” ({ $n } จาก { $count })
notice-not_utf8 = ไฟล์นี้ไม่ใช่ UTF-8 จึงอ่านเป็น Windows-1252
notice-utf16 = ไฟล์นี้เป็นข้อความ UTF-16 (ที่ Excel บันทึกเป็น “ข้อความ Unicode”) จึงอ่านตามรูปแบบนั้น
notice-repaired_bytes = ไบต์ที่ไม่ใช่ UTF-8 ที่ถูกต้อง: { $bytes } ในบรรทัด { $lines } แต่ละไบต์อ่านเป็นอักขระ Windows-1252 (เช่น “é”) ส่วนที่เหลือของไฟล์อ่านเป็น UTF-8 และครีเอเตอร์ในบรรทัดเหล่านั้นจะมีข้อสังเกตกำกับไว้
notice-names_as_handles = ไม่มีคอลัมน์ชื่อบัญชี: จะแยกครีเอเตอร์ด้วยชื่อ
notice-per_post = { $creators }ข้อมูลแบบหนึ่งแถวต่อโพสต์ ({ $rows } แถว): ตัวเลขของครีเอเตอร์เหล่านี้เป็นค่าเฉลี่ยต่อโพสต์ พร้อมค่ามัธยฐาน
notice-creators = ครีเอเตอร์ { $n } รายมี
notice-duplicates = { $n } แถวซ้ำกับแถวก่อนหน้าทุกประการ จึงนับเพียงครั้งเดียว
notice-repaired = ข้อความ { $n } รายการดูเหมือนถอดรหัสผิด (เช่น “CÃ´te”) และได้ซ่อมแล้ว

## columns

columns-heading = คอลัมน์
columns-hint = แต่ละคอลัมน์ถูกตีความอย่างไร แก้ไขได้หากไม่ถูกต้อง
columns-header = คอลัมน์
columns-field = อ่านเป็น
columns-select = คอลัมน์ “{ $header }” มีข้อมูล
columns-ignore = ไม่ใช้ (เก็บเป็นคอลัมน์เสริม)
columns-missing = Tierwise ต้องใช้ข้อมูล{ $field }: คอลัมน์ไหนมีข้อมูลนี้?
columns-decimal = ใช้ { $mark } เป็นจุดทศนิยม ({ $why })
columns-mark-dot = “.”
columns-mark-comma = “,”
columns-why-column = จากคอลัมน์นี้
columns-why-other_columns = จากคอลัมน์อื่น
columns-why-delimiter = ไฟล์คั่นด้วยอัฒภาค
columns-why-field_default = ไม่มีช่องใดชี้ขาด จึงใช้แบบที่พบบ่อยสำหรับข้อมูลนี้
columns-why-thousands = เป็นจำนวนนับ: “1.234” และ “1,234” หมายถึง 1,234 ทั้งคู่

## field

field-handle = ชื่อบัญชี
field-name = ชื่อ
field-platform = แพลตฟอร์ม
field-followers = ผู้ติดตาม
field-likes = ไลก์
field-comments = คอมเมนต์
field-shares = แชร์
field-saves = เซฟ
field-views = ยอดวิว
field-reach = การเข้าถึง
field-conversions = คอนเวอร์ชัน (คลิก ยอดขาย)
field-impressions = อิมเพรสชัน
field-engagements = การมีส่วนร่วมต่อโพสต์
field-posts = จำนวนโพสต์
field-price = ราคาต่อโพสต์
field-category = หมวดหมู่
field-country = ประเทศ
field-engagement_rate = อัตราการมีส่วนร่วม (ที่ให้มา)
field-post = รหัส ลิงก์ หรือวันที่ของโพสต์

## flag

flag-er_very_low = ER { $er } ต่ำกว่าค่าอ้างอิง { $low } มาก: ผู้ติดตามไม่แอ็กทีฟหรือซื้อผู้ติดตามมา?
flag-er_very_high = ER { $er } สูงกว่าค่าอ้างอิง { $high } มาก: มีกลุ่มปั่นเอนเกจ หรือกรอกจำนวนผู้ติดตามผิด?
# ข้อสังเกตสองข้อเดียวกันนี้สำหรับ ER ตามยอดวิวหรือการเข้าถึง: อัตรานี้ไม่ได้คิดจากผู้ติดตาม ข้อความจึงต้องไม่โทษผู้ติดตาม
flag-er_very_low_views = ER { $er } ต่ำกว่าค่าอ้างอิง { $low } มาก: ยอดวิวไม่ได้กลายเป็นไลก์หรือคอมเมนต์ (ซื้อยอดวิวมา หรือผู้ชมแค่เลื่อนผ่าน)?
flag-er_very_high_views = ER { $er } สูงกว่าค่าอ้างอิง { $high } มาก: มีกลุ่มปั่นเอนเกจ ซื้อไลก์มา หรือกรอกยอดวิวผิด?
flag-comment_ratio = { $ratio } คอมเมนต์ต่อ { $hundred } ไลก์ อยู่นอกช่วงปกติ { $low }–{ $high } ({ $source })
flag-likes_hidden = มีไลก์เพียง { $likes } เมื่อเทียบกับผู้ติดตามขนาดนี้: น่าจะซ่อนยอดไลก์ไว้
flag-views_below_likes = ยอดวิว ({ $views }) น้อยกว่าไลก์ ({ $likes })
flag-engagements_above_followers = การมีส่วนร่วมต่อโพสต์ ({ $engagements }) มากกว่าผู้ติดตาม ({ $followers })
flag-duplicate = ซ้ำกันทุกประการกับบรรทัด { $lines }: นับเพียงครั้งเดียว

## list

list-more = { $shown } และอีก { $n } รายการ

## flag

flag-conflicting_rows = อยู่ในบรรทัด { $lines } โดยมีจำนวนผู้ติดตามต่างกัน: ใช้ค่าสุดท้าย
flag-no_followers = ไม่มีจำนวนผู้ติดตาม: ไม่มีระดับ
flag-repaired_text = ซ่อมข้อความที่เข้ารหัสอักขระผิดแล้ว

## cli

cli-usage =
    วิธีใช้: tierwise analyze FILE|- [--scheme NAME] [--platform NAME] [--basis followers|reach|views]
    {"  "}[--format jsonl|csv] [--map "HEADER=FIELD,…"] [--sheet NAME|N]
    {"      "}tierwise split FILE|- --budget AMOUNT … (tierwise split --help)
    เกณฑ์ระดับ: seeds, broad-micro, hypeauditor, later-fohr, hootsuite
    แพลตฟอร์ม (สำหรับแถวที่ไม่ได้ระบุ; ค่าเริ่มต้นอ่านจากคำในไฟล์ ถ้าไม่มีใช้ instagram): instagram, tiktok, youtube
    ฟิลด์สำหรับ --map: handle, name, platform, followers, likes, comments, shares, saves, views, reach, impressions,
    {"  "}engagements, posts, price, category, country, engagement_rate, post, conversions หรือ ignore
    ไฟล์: CSV, TSV, JSON, JSON Lines, .xlsx, .xls, .ods (--sheet เลือกชีต; ค่าเริ่มต้น: ชีตแรกที่มีข้อมูล)
cli-split_usage =
    วิธีใช้: tierwise split FILE|- --budget AMOUNT --objective reach|engagements|conversions
    {"  "}[--tier-mix micro=60..80,nano=10..30] [--platform-mix instagram=50..100]
    {"  "}[--max-per-creator 20%|AMOUNT] [--min-creators N] [--max-creators N] [--posts MIN..MAX]
    {"  "}[--conversion-rate PCT] [--strategy optimal|equal|proportional|tier-mix] [--format json|csv]
    {"  "}[--scheme NAME] [--platform NAME] [--currency SIGN]
    สถานะการออก: 0 ได้แผน, 1 อ่านข้อมูลไม่ได้, 2 อาร์กิวเมนต์ไม่ถูกต้อง, 3 ไม่มีแผนที่ผ่านเงื่อนไข
cli-split_summary = tierwise: แผน ({ $strategy }): ครีเอเตอร์ { $creators } ราย { $posts } โพสต์ ใช้ไป { $spend } จาก { $budget } คาดการณ์{ $objective }ได้ { $value }
cli-split_gap = tierwise: ห่างจากแผนที่ดีที่สุดที่เป็นไปได้ไม่เกิน { $gap } (ขอบเขตบน { $bound })
cli-split_all_estimated = tierwise: ทุกราคาเป็นค่าประมาณจากเรตการ์ด ({ $source }) ใส่คอลัมน์ราคาเพื่อวางแผนด้วยราคาจริง
cli-split_conflicts = tierwise: ไม่มีแผนใดผ่านทุกเงื่อนไข:
cli-columns = tierwise: คอลัมน์ (เปลี่ยนได้ด้วย --map "HEADER=FIELD,…"):
cli-column = {"  "}“{ $header }” → { $what }
# ชื่อคอลัมน์ที่มีซ้ำสองครั้งในไฟล์ แยกกันด้วยลำดับของคอลัมน์ (1 คือคอลัมน์แรก)
cli-column_numbered = {"  "}“{ $header }” (คอลัมน์ที่ { $number }) → { $what }
cli-column_mapped = { $field } (ตามที่กำหนด)
cli-column_ignored = ไม่ใช้ (ตามที่กำหนด)
cli-column_extra = ไม่ได้ใช้ (เก็บเป็นคอลัมน์เสริม)
cli-nothing_read = tierwise: อ่านครีเอเตอร์จาก { $file } ไม่ได้เลย
cli-missing = tierwise: ไม่พบคอลัมน์สำหรับ { $field } คอลัมน์ที่มี: { $columns }
cli-summary = tierwise: ครีเอเตอร์ { $creators } ราย จาก { $rows } แถว ปัญหา { $problems } รายการ
# ข้อผิดพลาดในอาร์กิวเมนต์ของบรรทัดคำสั่ง `{ $option }` คือชื่อตัวเลือก (budget, map…)
# รายการช่วงสัดส่วน (--tier-mix micro=60..80) ช่วงค่า (--posts 1..3) หรือเพดาน (--max-per-creator 20%)
# ที่อ่านไม่ได้ `{ $text }` คือข้อความที่พิมพ์
band_error-not_a_pair = ต้องเป็น NAME=MIN..MAX แต่พบ “{ $text }”
band_error-unknown_name = “{ $text }” ไม่ใช่ระดับหรือแพลตฟอร์มใด
band_error-not_a_percentage = “{ $text }”: เปอร์เซ็นต์ต้องอยู่ในช่วง { $zero } ถึง { $hundred }
band_error-not_a_number = ต้องเป็นตัวเลข แต่พบ “{ $text }”
band_error-min_above_max = “{ $text }”: ค่าต่ำสุดสูงกว่าค่าสูงสุด
band_error-not_a_cap = ต้องเป็น 20% หรือจำนวนเงิน แต่พบ “{ $text }”
cli-error-bad_value = --{ $option }: ค่านี้ไม่ใช่ข้อความที่ถูกต้อง
cli-error-unknown = --{ $option }: ไม่รู้จักค่า “{ $value }” ค่าที่ใช้ได้: { $choices }
cli-error-expected = --{ $option }: ต้องเป็น { $what } แต่พบ “{ $value }”
cli-error-required = ต้องระบุ --{ $option }
cli-error-not_a_workbook = --sheet: ไฟล์นี้ไม่ใช่เวิร์กบุ๊กสเปรดชีต
cli-error-no_sheet = --sheet: ไม่มีชีต “{ $sheet }” ชีตที่มีคือ { $sheets }
cli-expected-amount = จำนวนเงินที่มากกว่า { $zero }
cli-expected-whole_number = จำนวนเต็ม
cli-expected-percentage = เปอร์เซ็นต์
cli-expected-posts = จำนวนเต็ม เช่น 1..3
