# الرسوم البيانية (src/ui/charts/) وشريط الملخص بعد قراءة القائمة
# (src/ui/components/glance.rs). كل رسم يذكر ما يُظهره في جملة واحدة: تظهر الجملة تحت
# عنوان الرسم، وهي ما يقرؤه قارئ الشاشة بدلًا من الصورة.

## شريط الملخص

glance-heading = نظرة سريعة
glance-creators = المؤثرون المقروؤون
glance-creators_note = من { $rows }
glance-tiers = الفئات التي تضم مؤثرين
glance-tiers_note = الأكبر: { $tier }، بنسبة { $share } من المؤثرين
glance-median_er = وسيط معدل التفاعل
glance-below = { $n } دون
glance-within = { $n } ضمن
glance-above = { $n } فوق المعيار
glance-no_bench = لا يوجد معيار منشور لهذه المنصات بطريقة الحساب هذه
glance-look = يستحق نظرة ثانية
glance-look_note = { $n ->
        [zero] لا مؤثر عليه ملاحظات
        [one] مؤثر عليه ملاحظات
        [two] مؤثران عليهما ملاحظات
        [few] مؤثرين عليهم ملاحظات
        [many] مؤثرًا عليهم ملاحظات
       *[other] مؤثر عليهم ملاحظات
    }
glance-plan = أفضل خطة لميزانية { $budget }
glance-plan_heading = أفضل خطة
glance-plan_value = { $objective }: { $value }
glance-plan_note = { $strategy } · { $creators }
glance-plan_top = الحصة الأكبر لـ { $handles }
glance-plan_link = اعرض الخطة
glance-plan_no_budget = أدخل الميزانية لترى كيف تُوزَّع.
glance-plan_none = لا توجد بعد خطة تناسب هذه الإعدادات.
glance-plan_on_request = تُعَدّ خطة هذه القائمة عند الطلب: اضغط «إعداد الخطة» في قسم خطة الميزانية.

## كل الرسوم

chart-heading = الرسوم البيانية
chart-show_data = اعرض البيانات
chart-hide_data = أخفِ البيانات
chart-download_svg = تنزيل SVG
chart-download_png = تنزيل PNG
chart-named = { $title }: { $finding }
chart-sentences = { $first }؛ { $second }.
chart-sentence = { $text }.
chart-low = الحد الأدنى
chart-high = الحد الأعلى
chart-source = المصدر
chart-expected = المتوقع
chart-pessimistic = المتشائم
chart-optimistic = المتفائل
chart-legend_expected = القيمة المتوقعة
chart-legend_range = من المتشائم إلى المتفائل
chart-range = {" "}({ $low }–{ $high })

## معدل التفاعل مقابل المتابعين

chart-scatter-title = معدل التفاعل مقابل عدد المتابعين
chart-scatter-x = المتابعون (مقياس لوغاريتمي)
chart-scatter-trend = يتغير وسيط التفاعل من { $from } ({ $tier_from }) إلى { $to } ({ $tier_to })
chart-scatter-median = وسيط التفاعل { $er }
chart-scatter-against = { $total ->
        [zero] لا مؤثر يُقارن بمعيار ({ $below } دون و{ $above } فوق)
        [one] { $below } من أصل مؤثر واحد دون نطاق المعيار الخاص به و{ $above } فوقه
        [two] { $below } من أصل مؤثرَين دون نطاق المعيار الخاص بهما و{ $above } فوقه
        [few] { $below } من أصل { $total } مؤثرين دون نطاق المعيار الخاص بهم و{ $above } فوقه
        [many] { $below } من أصل { $total } مؤثرًا دون نطاق المعيار الخاص بهم و{ $above } فوقه
       *[other] { $below } من أصل { $total } مؤثر دون نطاق المعيار الخاص بهم و{ $above } فوقه
    }
chart-scatter-no_bench = لا يغطي أي معيار منشور هذه المنصات بطريقة الحساب هذه
chart-scatter-empty = لا يوجد مؤثر لديه عدد متابعين ومعدل تفاعل معًا لرسمه.
chart-scatter-point = { $handle } · { $platform } · { $followers } متابع · معدل التفاعل { $er } · { $tier }
chart-scatter-tip = { $handle } · { $followers } · { $er }
chart-scatter-point_bench = {" · "}المعيار { $band }: { $comparison }
chart-scatter-point_flagged = {" · "}عليه ملاحظات
chart-scatter-keys = انتقل إلى الرسم واستخدم مفاتيح الأسهم للتنقل بين المؤثرين؛ واضغط Enter لعرض المؤثر في الجدول.
chart-scatter-no_points = المؤثرون أكثر من أن يُرسم كل منهم على حدة، ولا أحد منهم عليه ملاحظات.
chart-scatter-legend_platform = { $platform } ({ $creators })
chart-scatter-legend_band = نطاق المعيار لهذا الحجم
chart-scatter-legend_flagged = عليه ملاحظات تستحق المراجعة
chart-scatter-legend_density = عدد المؤثرين في كل خانة: كلما كان اللون أغمق كان العدد أكبر
chart-scatter-binned = يظهر كل المؤثرين ({ $plotted }) في صورة كثافة، ويظهر المؤثرون الذين عليهم ملاحظات والأبعد عن نطاقهم ({ $marked }) في صورة نقاط.
chart-scatter-above_top = { $n ->
        [one] معدل واحد أعلى من { $top } مرسوم على الحافة العليا.
        [two] معدلان أعلى من { $top } مرسومان على الحافة العليا.
        [few] { $n } معدلات أعلى من { $top } مرسومة على الحافة العليا.
        [many] { $n } معدلًا أعلى من { $top } مرسومة على الحافة العليا.
        [zero] لا معدل أعلى من { $top }.
       *[other] { $n } معدل أعلى من { $top } مرسومة على الحافة العليا.
    }
chart-scatter-left_out = { $n ->
        [one] مؤثر واحد بلا عدد متابعين أو معدل تفاعل لم يُرسم.
        [two] مؤثران بلا عدد متابعين أو معدل تفاعل لم يُرسما.
        [few] { $n } مؤثرين بلا عدد متابعين أو معدل تفاعل لم يُرسموا.
        [many] { $n } مؤثرًا بلا عدد متابعين أو معدل تفاعل لم يُرسموا.
        [zero] لا مؤثر بلا عدد متابعين أو معدل تفاعل.
       *[other] { $n } مؤثر بلا عدد متابعين أو معدل تفاعل لم يُرسموا.
    }
chart-scatter-bands_caption = نطاقات المعايير خلف النقاط
chart-scatter-points_caption = المؤثرون في الرسم

## مزيج الفئات

chart-tiers-title = مزيج الفئات
chart-tiers-finding = تضم فئة { $tier } أكبر عدد من المؤثرين ({ $share })، وفئة { $tier_followers } أكبر عدد من المتابعين ({ $share_followers })
chart-tiers-finding_other = وحسب { $scheme } تضم فئة { $tier } أكبر عدد من المؤثرين ({ $share })
chart-tiers-empty = لا يوجد مؤثر لديه عدد متابعين لوضعه في فئة.
chart-tiers-creators = نسبة المؤثرين
chart-tiers-followers = نسبة المتابعين
chart-tiers-scheme = نظام الفئات
chart-tiers-followers_share = نسبة المتابعين

## خطة الميزانية

chart-plan_tiers-title = الإنفاق لكل فئة مقارنةً بالأهداف
chart-plan_tiers-finding = { $strategy }: تحصل فئة { $tier } على أكبر حصة من الميزانية، { $share }؛ و{ $met }.
chart-plan_tiers-all_met = كل الفئات ضمن أهدافها
chart-plan_tiers-no_targets = لا هدف لأي فئة
chart-plan_tiers-off = { $n ->
        [one] فئة واحدة خارج هدفها
        [two] فئتان خارج هدفيهما
        [few] { $n } فئات خارج أهدافها
        [many] { $n } فئةً خارج أهدافها
        [zero] لا فئة خارج هدفها
       *[other] { $n } فئة خارج أهدافها
    }
chart-plan_tiers-legend_share = حصة الفئة في الخطة
chart-plan_tiers-legend_band = النطاق المستهدف
chart-plan_tiers-legend_off = خارج الهدف
chart-plan_tiers-share = الحصة من الميزانية
chart-plan_tiers-target = الهدف
chart-strategies-title = مقارنة طرق التوزيع حسب { $objective }
chart-strategies-finding = يحقق { $best } أعلى { $objective }، والمتوقع { $value }{ $range }؛ ويحقق { $worst } أقلها، { $worst_value }.
chart-strategies-finding_one = يحقق { $best } { $objective } متوقعًا قدره { $value }{ $range }.
chart-mega-title = مؤثر ميجا واحد أم عدد كبير من مؤثري المايكرو
chart-mega-one = مؤثر ميجا واحد
chart-mega-micro = { $n ->
        [zero] لا مؤثري مايكرو
        [one] مؤثر مايكرو واحد
        [two] مؤثرا مايكرو
        [few] { $n } مؤثرين مايكرو
        [many] { $n } مؤثرًا مايكرو
       *[other] { $n } مؤثر مايكرو
    }
chart-mega-finding = بالميزانية نفسها، يُتوقع أن يحقق مؤثرو المايكرو ({ $n }) { $objective } قدره { $micro_value }، مقابل { $mega_value } من مؤثر ميجا واحد.
