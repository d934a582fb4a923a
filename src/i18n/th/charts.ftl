# แผนภูมิ (src/ui/charts/) และแถบสรุปเมื่ออ่านรายชื่อเสร็จ (src/ui/components/glance.rs)
# แผนภูมิแต่ละอันบอกสิ่งที่เห็นเป็นประโยคเดียว ประโยคนี้แสดงใต้ชื่อแผนภูมิ
# และเป็นสิ่งที่โปรแกรมอ่านหน้าจออ่านให้ฟังแทนภาพ

## แถบสรุป

glance-heading = สรุปโดยย่อ
glance-creators = ครีเอเตอร์ที่อ่านได้
glance-creators_note = จาก { $rows }
glance-tiers = ระดับที่มีครีเอเตอร์
glance-tiers_note = มากที่สุด: { $tier } คิดเป็น { $share } ของครีเอเตอร์
glance-median_er = อัตราการมีส่วนร่วมมัธยฐาน
glance-below = ต่ำกว่า { $n }
glance-within = อยู่ในเกณฑ์ { $n }
glance-above = สูงกว่าเกณฑ์อ้างอิง { $n }
glance-no_bench = ยังไม่มีเกณฑ์อ้างอิงที่เผยแพร่สำหรับแพลตฟอร์มเหล่านี้ด้วยวิธีคิดนี้
glance-look = ควรตรวจสอบอีกครั้ง
glance-look_note = { $n ->
       *[other] ครีเอเตอร์ที่ถูกตั้งข้อสังเกต
    }
glance-plan = แผนที่ดีที่สุดสำหรับ { $budget }
glance-plan_heading = แผนที่ดีที่สุด
glance-plan_value = { $objective } { $value }
glance-plan_note = { $strategy } · { $creators }
glance-plan_top = งบส่วนใหญ่ไปที่ { $handles }
glance-plan_link = ดูแผน
glance-plan_no_budget = ใส่งบประมาณเพื่อดูวิธีแบ่ง
glance-plan_none = ยังไม่มีแผนที่เข้ากับการตั้งค่านี้
glance-plan_on_request = รายชื่อนี้จะวางแผนเมื่อคุณสั่ง: กด “สร้างแผน” ในส่วนแผนงบประมาณ

## แผนภูมิทุกอัน

chart-heading = แผนภูมิ
chart-show_data = แสดงข้อมูล
chart-hide_data = ซ่อนข้อมูล
chart-download_svg = ดาวน์โหลด SVG
chart-download_png = ดาวน์โหลด PNG
chart-named = { $title }: { $finding }
chart-sentences = { $first } และ{ $second }
chart-sentence = { $text }
chart-low = ต่ำสุด
chart-high = สูงสุด
chart-source = แหล่งที่มา
chart-expected = คาดการณ์
chart-pessimistic = กรณีแย่
chart-optimistic = กรณีดี
chart-legend_expected = ค่าคาดการณ์
chart-legend_range = ตั้งแต่กรณีแย่ถึงกรณีดี
chart-range = {" "}({ $low }–{ $high })

## อัตราการมีส่วนร่วมเทียบกับผู้ติดตาม

chart-scatter-title = อัตราการมีส่วนร่วมเทียบกับจำนวนผู้ติดตาม
chart-scatter-x = ผู้ติดตาม (สเกลลอการิทึม)
chart-scatter-trend = ค่ามัธยฐานการมีส่วนร่วมเปลี่ยนจาก { $from } ({ $tier_from }) เป็น { $to } ({ $tier_to })
chart-scatter-median = ค่ามัธยฐานการมีส่วนร่วม { $er }
chart-scatter-against = ครีเอเตอร์ { $below } จาก { $total } รายต่ำกว่าช่วงเกณฑ์อ้างอิงของตน และ { $above } รายสูงกว่า
chart-scatter-no_bench = ยังไม่มีเกณฑ์อ้างอิงที่เผยแพร่สำหรับแพลตฟอร์มเหล่านี้ด้วยวิธีคิดนี้
chart-scatter-empty = ไม่มีครีเอเตอร์ที่มีทั้งจำนวนผู้ติดตามและอัตราการมีส่วนร่วมให้วาด
chart-scatter-point = { $handle } · { $platform } · ผู้ติดตาม { $followers } · ER { $er } · { $tier }
chart-scatter-tip = { $handle } · { $followers } · { $er }
chart-scatter-point_bench = {" · "}เกณฑ์อ้างอิง { $band }: { $comparison }
chart-scatter-point_flagged = {" · "}มีข้อสังเกต
chart-scatter-keys = เลือกแผนภูมิแล้วใช้ปุ่มลูกศรเพื่อไล่ดูทีละคน กด Enter เพื่อดูครีเอเตอร์คนนั้นในตาราง
chart-scatter-no_points = ครีเอเตอร์มากเกินกว่าจะวาดทีละคน และไม่มีใครถูกตั้งข้อสังเกต
chart-scatter-legend_platform = { $platform } ({ $creators })
chart-scatter-legend_band = ช่วงเกณฑ์อ้างอิงสำหรับขนาดนั้น
chart-scatter-legend_flagged = มีข้อสังเกต ควรตรวจสอบ
chart-scatter-legend_density = จำนวนครีเอเตอร์ต่อช่อง: ยิ่งเข้มยิ่งมาก
chart-scatter-binned = ครีเอเตอร์ทั้ง { $plotted } รายแสดงเป็นความหนาแน่น และครีเอเตอร์ที่มีข้อสังเกตซึ่งห่างจากเกณฑ์มากที่สุด { $marked } รายแสดงเป็นจุด
chart-scatter-above_top = อัตราที่สูงกว่า { $top } จำนวน { $n } ค่าแสดงไว้ที่ขอบบน
chart-scatter-left_out = ครีเอเตอร์ { $n } รายที่ไม่มีจำนวนผู้ติดตามหรืออัตราการมีส่วนร่วมไม่ได้แสดงในแผนภูมิ
chart-scatter-bands_caption = ช่วงเกณฑ์อ้างอิงที่อยู่หลังจุด
chart-scatter-points_caption = ครีเอเตอร์ในแผนภูมิ

## สัดส่วนระดับ

chart-tiers-title = สัดส่วนระดับ
chart-tiers-finding = ระดับ{ $tier } มีครีเอเตอร์มากที่สุด ({ $share }) ส่วนระดับ{ $tier_followers } มีผู้ติดตามมากที่สุด ({ $share_followers })
chart-tiers-finding_other = ตามเกณฑ์ { $scheme } ระดับ{ $tier } มีครีเอเตอร์มากที่สุด ({ $share })
chart-tiers-empty = ไม่มีครีเอเตอร์ที่มีจำนวนผู้ติดตามให้จัดระดับ
chart-tiers-creators = สัดส่วนครีเอเตอร์
chart-tiers-followers = สัดส่วนผู้ติดตาม
chart-tiers-scheme = เกณฑ์ระดับ
chart-tiers-followers_share = สัดส่วนผู้ติดตาม

## แผนงบประมาณ

chart-plan_tiers-title = ยอดใช้จ่ายแต่ละระดับเทียบกับเป้า
chart-plan_tiers-finding = { $strategy }: ระดับ{ $tier } ได้งบมากที่สุด { $share } และ{ $met }
chart-plan_tiers-all_met = ทุกระดับอยู่ในเป้า
chart-plan_tiers-no_targets = ยังไม่มีระดับใดตั้งเป้าไว้
chart-plan_tiers-off = มี { $n } ระดับที่อยู่นอกเป้า
chart-plan_tiers-legend_share = สัดส่วนงบในแผน
chart-plan_tiers-legend_band = ช่วงเป้าหมาย
chart-plan_tiers-legend_off = อยู่นอกเป้า
chart-plan_tiers-share = สัดส่วนของงบ
chart-plan_tiers-target = เป้า
chart-strategies-title = เปรียบเทียบวิธีแบ่งงบด้าน{ $objective }
chart-strategies-finding = { $best } ได้{ $objective }มากที่สุด คาดการณ์ { $value }{ $range } ส่วน { $worst } ได้น้อยที่สุด { $worst_value }
chart-strategies-finding_one = { $best } คาดว่าจะได้{ $objective } { $value }{ $range }
chart-mega-title = ครีเอเตอร์เมกะหนึ่งคน หรือครีเอเตอร์ไมโครหลายคน
chart-mega-one = ครีเอเตอร์เมกะหนึ่งคน
chart-mega-micro = ครีเอเตอร์ไมโคร { $n } ราย
chart-mega-finding = ด้วยงบเท่ากัน ครีเอเตอร์ไมโคร { $n } รายคาดว่าจะได้{ $objective } { $micro_value } เทียบกับ { $mega_value } จากครีเอเตอร์เมกะหนึ่งคน
