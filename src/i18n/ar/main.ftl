# Tierwise: النصوص العربية، مترجمة عن الإنجليزية (en.ftl) التي هي المرجع لكل لغة.
#
# كل رسالة على صورة `id = النص`. ‏`{ $name }` قيمة يملؤها البرنامج (رقم، اسم مستخدم، اسم
# عمود): احتفظ بها، وانقلها إلى حيث تقتضي الجملة، ولا تترجمها أبدًا.
# قد تختار الرسالة كلماتها بحسب رقم:
#   count-creators = { $n ->
#       [one] مؤثر واحد
#      *[other] { $n } مؤثر
#   }
# أي قيمة تعرض رقمًا (`{ $count }`، `{ $creators }`، `{ $rows }`…) يمكنها أن تختار الكلمات
# بهذه الطريقة، مهما كان اسمها.
# الفئات هي قواعد الجمع في CLDR لهذه اللغة (zero، one، two، few، many، other)؛ وفي العربية:
# zero للصفر، one للواحد، two للاثنين، few من 3 إلى 10، many من 11 إلى 99، other للمئة
# فما فوق والكسور. يُستخدم الخيار المعلَّم بـ`*` لأي قيمة أخرى. الأسطر التي تلي السطر الأول
# مُزاحة؛ و`{"  "}` تحفظ المسافات في بداية السطر.


## app

app-title = Tierwise
app-tagline = الفئات والتفاعل والتكلفة لقائمة مؤثريك كاملةً. لا شيء يغادر متصفحك.
# عنوان علامة التبويب في المتصفح ووصف الصفحة لمحركات البحث والروابط المُشارَكة.
app-page_title = Tierwise: حاسبة قوائم المؤثرين
app-description = Tierwise: فئات المتابعين ومعدلات التفاعل والتكاليف لقائمة مؤثرين كاملة، تُحسب في متصفحك. لا يُرفع أي شيء.
# وصف التطبيق المثبَّت (في ملف web app manifest).
app-manifest_description = فئات المتابعين ومعدلات التفاعل والتكاليف وخطط الميزانية لقائمة مؤثرين كاملة، تُحسب في متصفحك. لا يُرفع أي شيء.
# الاسم القصير للتطبيق المثبَّت، تحت أيقونته.
app-short_name = Tierwise
# تسمية قائمة اللغات في ترويسة الصفحة.
app-language = اللغة

## list

# نص من ملف المستخدم (عنوان عمود أو خلية) مقتبَس في جملة.
list-quoted = «{ $text }»
# بين عناصر القائمة: «أ»، «ب».
list-separator = {"، "}
# بين مجموعات القائمة: YouTube: «Youtuber»؛ TikTok: «Tiktoker».
list-separator_strong = {"؛ "}
# منصة مع عناوين الأعمدة التي تسمّيها.
list-platform_headers = { $platform }: { $headers }

## input

input-heading = قائمة مؤثريك
input-paste = الصق قائمة المؤثرين
input-paste_hint = الصق صفوفًا من جدول بيانات، أو نصًا بصيغة CSV أو TSV أو JSON. يحمل الصف الأول أسماء الأعمدة.
input-analyse = تحليل
input-sample = جرّب قائمة نموذجية
input-upload = رفع ملف قائمة
input-drop = …أو أفلِت ملفًا هنا: ‎.csv أو ‎.tsv أو ‎.txt أو ‎.json، أو جدول بيانات (‎.xlsx أو ‎.xls أو ‎.ods)
input-clear = مسح
input-reading = جارٍ قراءة { $name }…
reading-label = جارٍ قراءة قائمة المؤثرين
reading-progress = تمت قراءة { $done } من { $of } ميغابايت · { $rows }
reading-stop = إيقاف القراءة
reading-stopped = توقفت القراءة: لم يُحفظ أي شيء من تلك القائمة.
reading-engine_failed = تعذّر على هذا المتصفح تشغيل الجزء الذي يقرأ قوائم المؤثرين في الصفحة (Web Worker)، لذا لا يمكن قراءة أي قائمة هنا. أعد تحميل الصفحة، أو افتحها في إصدار حديث من Chrome أو Edge أو Firefox أو Safari.
input-read_error = تعذّرت قراءة { $name }: { $error }

## status

status-summary = قُرئ { $creators } من { $rows }، { $problems }

## count

count-creators = { $n ->
        [zero] { $n } مؤثر
        [one] مؤثر واحد
        [two] مؤثران
        [few] { $n } مؤثرين
        [many] { $n } مؤثرًا
       *[other] { $n } مؤثر
    }
count-rows = { $n ->
        [zero] { $n } صف
        [one] صف واحد
        [two] صفّين
        [few] { $n } صفوف
        [many] { $n } صفًّا
       *[other] { $n } صف
    }
count-problems = { $n ->
        [zero] بلا مشكلات
        [one] مشكلة واحدة
        [two] مشكلتان
        [few] { $n } مشكلات
        [many] { $n } مشكلةً
       *[other] { $n } مشكلة
    }

## status

status-scheme = نظام الفئات: { $scheme }
status-sorted = الترتيب حسب { $column }، { $direction }
status-ascending = تصاعديًا
status-descending = تنازليًا

## app

app-skip = الانتقال إلى النتائج

## results

results-heading = النتائج

## cell

cell-none = غير متاح

## status

status-empty = الصق قائمة مؤثرين أو جرّب القائمة النموذجية للبدء.
status-stale = تُقرأ تعديلاتك حين تتوقف عن الكتابة (أو حين تضغط «تحليل»)…
status-format-delimited = قُرئ نصًّا مفصولًا بـ{ $delimiter }
status-format-json = قُرئ بصيغة JSON
status-format-json_lines = قُرئ بصيغة JSON Lines

## delimiter

delimiter-tab = علامات الجدولة
delimiter-comma = الفواصل
delimiter-semicolon = الفواصل المنقوطة
delimiter-pipe = الخطوط العمودية (|)

## settings

settings-choices = { $scheme } · { $basis }
settings-heading = الإعدادات
settings-scheme = نظام الفئات
settings-compare = المقارنة مع نظام آخر
settings-compare_none = بلا مقارنة
settings-interactions = التفاعلات المحتسبة
settings-basis = أساس حساب معدل التفاعل
settings-platform = المنصة حين لا تذكرها القائمة
settings-platform_auto = من الملف (أسماء أعمدته وروابطه)، وإلا فـInstagram
settings-platform_hint = عمود المنصة أو رابط الحساب يُقدَّم دائمًا؛ هذا الخيار للصفوف التي تخلو من كليهما.
settings-cutoffs = حدود الفئات (نظام مخصص)
settings-cutoffs_hint = تعديل أي حد ينقلك إلى نظامك الخاص. اترك الخانة فارغة لحذف تلك الفئة.
settings-cutoff_label = بداية فئة { $tier } (عدد المتابعين)
settings-source = المصدر: { $source }

## scheme

scheme-seeds = Shopify ({ $cuts })
scheme-broad-micro = مايكرو موسّع ({ $cuts })
scheme-hypeauditor = HypeAuditor ({ $cuts })
scheme-later-fohr = Later × Fohr ({ $cuts })
scheme-hootsuite = Hootsuite ({ $cuts })
scheme-custom = حدود مخصصة

## scheme_short

scheme_short-seeds = Shopify
scheme_short-broad-micro = مايكرو موسّع
scheme_short-hypeauditor = HypeAuditor
scheme_short-later-fohr = Later × Fohr
scheme_short-hootsuite = Hootsuite
scheme_short-custom = مخصص

## scheme_error

scheme_error-no_tiers = فعّل فئة واحدة على الأقل.
scheme_error-negative = الحد عدد من المتابعين، يساوي { $zero } أو أكثر.
scheme_error-start = يجب أن تبدأ أدنى فئة ({ $tier }) من { $zero } متابع.
scheme_error-rising = يجب أن تبدأ فئة { $tier } فوق بداية فئة { $previous }.

## interactions

interactions-likes_comments = الإعجابات + التعليقات (HypeAuditor، Upfluence)
interactions-likes_comments_shares = الإعجابات + التعليقات + المشاركات (على طريقة TikTok)
interactions-all = الإعجابات + التعليقات + المشاركات + مرات الحفظ (SocialBee)

## basis

basis-followers = حسب المتابعين
basis-reach = حسب الوصول
basis-views = حسب المشاهدات

## platform

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = أخرى

## formula

formula-split_reach = خطة الميزانية، الوصول المتوقع للمنشور: الوصول الوارد في القائمة، وإلا فمرات الظهور، وإلا فالمشاهدات؛ وإن غابت كلها فعدد المتابعين × نسبة الوصول للفئة ({ $source })، مع علامة «تقديري».
formula-split_engagements = خطة الميزانية، التفاعلات المتوقعة للمنشور: قيمة E للمؤثر (المتوسط عبر منشوراته)؛ وفي غياب الإعجابات أو التعليقات، عدد المتابعين × منتصف نطاق معدل التفاعل المرجعي للفئة، مع علامة «تقديري».
formula-split_conversions = خطة الميزانية، التحويلات المتوقعة للمنشور: عمود التحويلات أو النقرات في القائمة؛ وإلا فالتفاعلات × معدل التحويل الذي تكتبه، مع علامة «مفترض».
formula-split_band = التقدير المتشائم والمتفائل: أضعف منشور وأقوى منشور لكل مؤثر في القائمة؛ وإن كان له صف واحد، فالحدّان الأدنى والأعلى لنطاق معدل التفاعل المرجعي نسبةً إلى منتصفه.
formula-split_totals = إجماليات الخطة: الإنفاق = Σ المنشورات × سعر المنشور؛ CPE = الإنفاق ÷ التفاعلات المتوقعة؛ CPM = الإنفاق ÷ الوصول المتوقع × { $thousand }؛ CPA = الإنفاق ÷ التحويلات المتوقعة؛ المتبقي = الميزانية − الإنفاق.
formula-split_hhi = التركّز: حصة المؤثر الأكبر من الإنفاق، وHHI = Σ (حصة الإنفاق بالنسبة المئوية)²، من { $max } (مؤثر واحد) نزولًا نحو { $zero } (إنفاق موزّع على نطاق واسع).
formula-split_bound = الخطة المثلى: عدد صحيح من المنشورات لكل مؤثر يحقق أقصى قيمة للهدف ضمن الميزانية وكل القيود؛ ويأتي الحد الأعلى من إرخاء لاغرانج (ويساوي الإرخاء الخطي)، والفجوة = (الحد − الخطة) ÷ الحد.

## storage

storage-kept = تُحفظ قائمتك وإعداداتك وخطة ميزانيتك في هذا المتصفح فقط، فلا تفقد شيئًا إن أعدت تحميل الصفحة أو أغلقت علامة التبويب.
storage-clear = مسح بياناتي
storage-confirm_clear = هل تريد إزالة القائمة والإعدادات وخطة الميزانية المحفوظة في هذا المتصفح، ومسح الصفحة؟
storage-unavailable = الحفظ التلقائي متوقف: هذا المتصفح لا يسمح بالتخزين المحلي. يبقى كل ما على الشاشة إلى أن تغلق الصفحة.
storage-refused_roster = الحفظ التلقائي: رفض هذا المتصفح تخزين هذه القائمة ({ $chars ->
        [zero] { $chars } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $chars } أحرف
        [many] { $chars } حرفًا
       *[other] { $chars } حرف
    }؛ فمساحة تخزينه لهذا الموقع ممتلئة أو معطّلة)، لذا لم تُحفظ؛ أما إعداداتك فحُفظت. يبقى كل ما على الشاشة.
storage-restoring = جارٍ استعادة قائمتك المحفوظة…

## rate

rate-bad_range = { $platform }، فئة { $tier }: يجب ألا تقل قيمة «إلى» ({ $high }) عن «من» ({ $low })؛ وتبقى البطاقة على { $kept }.

## storage

storage-restore_failed = تعذّرت قراءة قائمتك المحفوظة من تخزين هذا المتصفح؛ واستُعيدت إعداداتك. الصق القائمة أو ارفعها من جديد.
storage-refused = الحفظ التلقائي: رفض المتصفح تخزين إعداداتك (مساحة تخزينه ممتلئة). يبقى كل ما على الشاشة.

## update

update-ready = يتوفر إصدار جديد من Tierwise.
update-reload = إعادة التحميل

## budget

budget-heading = خطة الميزانية
budget-intro = وزّع ميزانية الحملة على مؤثري هذه القائمة بعدد صحيح من المنشورات. تُعدّ خطط كل الاستراتيجيات جنبًا إلى جنب؛ وتحقق الخطة المثلى أقصى قيمة لهدفك ضمن كل القيود، وتُثبت مدى قربها من أفضل خطة ممكنة. لا شيء يغادر متصفحك.
budget-goal = الميزانية والهدف
budget-amount = إجمالي الميزانية
budget-currency = رمز العملة
budget-objective = الهدف
budget-objective-reach = الوعي: الوصول المتوقع
budget-objective-engagements = الاعتبار: التفاعلات المتوقعة
budget-objective-conversions = اتخاذ الإجراء: النقرات أو التحويلات المتوقعة
budget-conversion_rate = معدل التحويل المفترض (% من التفاعلات)
budget-limits = المنشورات والحدود
budget-posts_min = أقل عدد من المنشورات لكل مؤثر
budget-posts_max = أكبر عدد من المنشورات لكل مؤثر
budget-cap = السقف لكل مؤثر
budget-cap_unit = وحدة السقف
budget-cap_unit-percent = % من الميزانية
budget-cap_unit-amount = مبلغ
budget-min_creators = أقل عدد من المؤثرين
budget-max_creators = أكبر عدد من المؤثرين
budget-tier_mix = مزيج الفئات
budget-mix_hint = الإنفاق بالنسبة المئوية من إجمالي الميزانية. اترك الخانتين فارغتين إن لم يكن لك هدف.
budget-platform_mix = مزيج المنصات
budget-band_min = الحد الأدنى %
budget-band_max = الحد الأقصى %
budget-min_label = { $name }: الحد الأدنى (% من الميزانية)
budget-max_label = { $name }: الحد الأقصى (% من الميزانية)
budget-creators = المؤثرون
budget-include = تضمين دائمًا (أسماء المستخدمين)
budget-exclude = استبعاد (أسماء المستخدمين)
budget-error = «{ $text }»: { $expected }
budget-expected-amount = المطلوب مبلغ أكبر من { $zero }
budget-expected-percent = المطلوب نسبة مئوية من { $zero } إلى { $hundred }
budget-expected-whole = المطلوب عدد صحيح من { $min } فأكثر
budget-expected-not_below_min = الحد الأقصى أقل من الحد الأدنى
budget-expected-handles = ليس في القائمة: { $unknown }
budget-updating = جارٍ تحديث الخطة…
budget-planning = جارٍ إعداد الخطة…
budget-cancel = إلغاء
budget-make_plan = إعداد الخطة
budget-big_roster = هذه القائمة كبيرة، لذا تُعدّ الخطط عند طلبك لا مع كل تغيير.
budget-skipped = خارج كل الخطط: { $list }.
budget-strategies = الاستراتيجيات جنبًا إلى جنب
budget-col-strategy = الاستراتيجية (اعرض خطتها)
budget-col-objective = { $objective } المتوقع (متشائم–متفائل)
budget-col-reach = الوصول
budget-col-engagements = التفاعلات
budget-col-conversions = التحويلات
budget-col-creators = المؤثرون
budget-col-left = المتبقي
budget-col-top_share = حصة المؤثر الأكبر
budget-col-constraints = القيود
budget-col-posts = المنشورات
budget-col-price = سعر المنشور
budget-col-spend = الإنفاق
budget-col-expected = { $objective } المتوقع
budget-col-option = الخيار
budget-col-cpe = CPE
budget-col-cpm = CPM
budget-col-hhi = HHI
budget-cpe_title = تكلفة التفاعل المتوقع الواحد: الإنفاق ÷ التفاعلات
budget-cpm_title = تكلفة الوصول إلى ألف شخص: الإنفاق ÷ الوصول × { $thousand }
budget-hhi_title = مؤشر هيرفندال–هيرشمان: مجموع مربعات حصص الإنفاق بالنسبة المئوية، من { $ten_thousand } (مؤثر واحد) نزولًا (مع اتساع التوزيع)
budget-all_met = مستوفاة كلها
budget-needs_tier_mix = حدّد مزيج الفئات لإعداد خطة حسب الفئات.
budget-no_plan = لا توجد خطة تستوفي كل القيود (انظر أعلاه).
budget-band_note = النطاقات من التقدير المتشائم إلى المتفائل: أضعف منشور وأقوى منشور لكل مؤثر حين تضم القائمة عدة منشورات له، وإلا فنطاق معدل التفاعل المرجعي للفئة حول التقدير.
budget-conflicts = لا توجد خطة تستوفي كل القيود
budget-mix_heading = الإنفاق لكل فئة مقارنةً بالأهداف
budget-mix_line = { $tier }: { $share } من الميزانية
budget-mix_line_target = { $tier }: { $share } من الميزانية (الهدف { $min }–{ $max })
budget-proof_optimal = خطة مثلى: لا يمكن لأي خطة ضمن هذه القيود أن يتجاوز فيها { $objective } المتوقع { $bound }، وهذه الخطة تبلغ هذا الحد.
budget-proof_gap = لا تبعد أكثر من { $gap } عن أفضل خطة ممكنة: لا يمكن لأي خطة ضمن هذه القيود أن يتجاوز فيها { $objective } المتوقع { $bound }.
budget-why = لماذا هذه الخطة هي الأفضل
budget-why_text = اختيار عدد صحيح من المنشورات لكل مؤثر في ظل ميزانية ونطاقات للفئات وسقف وعدد محدد من المؤثرين هو مسألة حقيبة الظهر (knapsack). يُسعِّر Tierwise كل قيد (إرخاء لاغرانج) للحصول على حد أعلى لا يمكن لأي خطة تجاوزه، ويبني الخطط بطريقة جشعة وفق هذه الأسعار، ويستبعد كل خيار تتجاوز تكلفته مقارنةً بالحد الفجوةَ أصلًا، ثم يبحث بين القلة المتبقية من المؤثرين. وإذا توقف البحث مبكرًا، يُستخدم حد أدق يُبقي المنشورات أعدادًا صحيحة (أفضل قيمة لكل فئة عند كل مبلغ، بالبرمجة الديناميكية)، وتُحسَّن الخطة التي يشير إليها بتبادل المنشورات بين المؤثرين. وإذا لم تثبت أمثليتها بعد، أو لم يُعثر على خطة بعد (نطاقات فئات ضيقة يجب أن تستوفيها بضعة منشورات مرتفعة السعر)، فإن خوارزمية التفريع والتقييد (branch and bound) تحسم أمر المؤثرين المتبقين واحدًا تلو الآخر، وكل خطوة مقيَّدة ببرنامجها الخطي الخاص (وفي القوائم الكبيرة التي لم يُعثر لها على خطة بعد، تبحث أولًا بين عدد قليل من مؤثري كل فئة). وحين يلتقي الحد والخطة تكون الخطة مثلى؛ وإلا فالمعروض هو الفجوة بينهما.
budget-plan_heading = الخطة: { $strategy }
budget-plan_caption = الخطة ({ $strategy }): المؤثرون والمنشورات والنتيجة المتوقعة
budget-plan_summary = { $creators ->
        [zero] { $creators } مؤثر
        [one] مؤثر واحد
        [two] مؤثران
        [few] { $creators } مؤثرين
        [many] { $creators } مؤثرًا
       *[other] { $creators } مؤثر
    }، { $posts ->
        [zero] { $posts } منشور
        [one] منشور واحد
        [two] منشوران
        [few] { $posts } منشورات
        [many] { $posts } منشورًا
       *[other] { $posts } منشور
    }، أُنفق { $spend }، وتبقّى { $left }.
budget-estimated_spend = منها { $spend } مبنية على تقديرات بطاقة الأسعار.
budget-estimated_outcome = تقدير مبني على عدد المتابعين ومعيار مرجعي موثَّق المصدر (انظر «المعادلات والمصادر»)
budget-assumed_outcome = من معدل التحويل الذي كتبته
budget-assumed = مفترض
budget-total = الإجمالي
budget-export = تصدير الخطة (CSV)
budget-export_json = تصدير الخطة (JSON)
budget-copy = نسخ الخطة كجدول

## share

share-heading = المشاركة والتضمين
share-hint = يحمل رابط المشاركة قائمتك وإعداداتك داخله، بعد العلامة «#»: لا ترسل المتصفحات هذا الجزء إلى أي خادم أبدًا، لكن أي شخص تعطيه الرابط يمكنه رؤية القائمة.
share-link = نسخ رابط المشاركة
share-file = حفظ كملف
share-embed = التضمين في موقعك…
share-link_label = رابط المشاركة
share-copied = نُسخ الرابط ({ $chars ->
        [zero] { $chars } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $chars } أحرف
        [many] { $chars } حرفًا
       *[other] { $chars } حرف
    }). فتحه يعرض هذه القائمة بهذه الإعدادات.
share-made = أُنشئ الرابط ({ $chars ->
        [zero] { $chars } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $chars } أحرف
        [many] { $chars } حرفًا
       *[other] { $chars } حرف
    }): انسخه من المربع.
share-too_long = تُنتج هذه القائمة رابطًا من { $chars ->
        [zero] { $chars } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $chars } أحرف
        [many] { $chars } حرفًا
       *[other] { $chars } حرف
    }؛ والروابط التي تتجاوز { $max ->
        [zero] { $max } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } تتعطل في كثير من المتصفحات وتطبيقات البريد. احفظها كملف بدلًا من ذلك وأرسل الملف: فتحه في Tierwise («رفع ملف قائمة») يعيد العرض نفسه.
share-saved_file = حُفظ { $name }: افتحه عبر «رفع ملف قائمة» لاستعادة هذه القائمة وهذه الإعدادات.
share-opened_link = فُتح من رابط مشاركة: جاءت هذه القائمة وإعداداتها داخل الرابط، لا من أي خادم.
share-opened_file = فُتح { $name }: استُعيدت قائمته وإعداداته.
share-paused = فتحتَ عملًا مُشارَكًا. قائمتك وإعداداتك لا تزال محفوظة في هذا المتصفح دون أن تُمَس؛ ولن تُحفظ التغييرات هنا حتى تختار.
share-keep_shared = الاحتفاظ بالقائمة المشارَكة (بدلًا من قائمتي)
share-back_to_mine = العودة إلى قائمتي
share-bad_link = تعذّر فتح رابط المشاركة هذا: { $reason }. لم يتغير شيء؛ قائمتك وإعداداتك كما تركتها.
share-bad_file = يبدو { $name } ملفًا من Tierwise لكن تعذّر فتحه: { $reason }. لم يتغير شيء.
share-error-version = أُنشئ بإصدار آخر من Tierwise (الصيغة { $version })
share-error-damaged = تالف أو مبتور (هل نُسخ كاملًا؟)
share-error-too_large = أطول من أي رابط يُنشئه Tierwise، أو يتمدد عند فك ضغطه إلى أكبر منه
share-error-not_a_record = محتواه ليس قائمة مؤثرين وإعدادات من Tierwise ({ $detail })

## embed

embed-heading = تضمين Tierwise في موقعك
embed-intro = الصق هذا المقتطف في صفحة من مدونتك أو موقعك. يعرض Tierwise داخل إطار يتمدد ليلائم محتواه؛ وتبقى قوائم قرائك في متصفحاتهم.
embed-compact = مضغوط (بلا ترويسة الصفحة)
embed-theme = المظهر
embed-theme-auto = اتباع نظام القارئ
embed-theme-light = فاتح
embed-theme-dark = داكن
embed-lang = اللغة وتنسيق الأرقام
embed-lang-auto = لغة متصفح القارئ
embed-lang_hint = تعرض الصفحة كلماتها وأرقامها باللغة المختارة؛ وإن لم تكن لدى Tierwise ترجمة إلى تلك اللغة، تبقى الكلمات بالإنجليزية وتُكتب الأرقام بتنسيق تلك اللغة.

## lang

lang-en-US = الإنجليزية (الولايات المتحدة)
lang-en-GB = الإنجليزية (المملكة المتحدة)
lang-de-DE = الألمانية (ألمانيا)
lang-fr-FR = الفرنسية (فرنسا)
lang-es-ES = الإسبانية (إسبانيا)
lang-pl-PL = البولندية (بولندا)
lang-vi-VN = الفيتنامية (فيتنام)
lang-th-TH = التايلاندية (تايلاند)
lang-ar-EG = العربية (مصر)

## embed

embed-scheme = نظام الفئات عند البدء
embed-scheme-none = الافتراضي (مع الاحتفاظ باختيار القارئ نفسه)
embed-snippet = المقتطف المطلوب لصقه
embed-copy = نسخ المقتطف
embed-copied = نُسخ المقتطف.
embed-close = إغلاق
embed-iframe_title = Tierwise: حاسبة قوائم المؤثرين

## export

export-copied = { $rows ->
        [zero] نُسخ { $rows } صف: الصقها في جدول بيانات.
        [one] نُسخ صف واحد: الصقه في جدول بيانات.
        [two] نُسخ صفّان: الصقهما في جدول بيانات.
        [few] نُسخت { $rows } صفوف: الصقها في جدول بيانات.
        [many] نُسخ { $rows } صفًّا: الصقها في جدول بيانات.
       *[other] نُسخ { $rows } صف: الصقها في جدول بيانات.
    }
export-no_clipboard = لا يسمح هذا المتصفح بالنسخ هنا؛ استخدم التصدير بدلًا من ذلك.
export-results = تصدير النتائج
export-results_csv = تصدير النتائج (CSV)
export-results_json = تصدير النتائج (JSON)
export-results_copy = نسخ النتائج كجدول

## budget

budget-mega_caption = الميزانية نفسها على مؤثر ميجا واحد أو على ما بين { $low } و{ $high } مؤثر مايكرو
budget-one_mega = مؤثر ميجا واحد
budget-one_mega_named = مؤثر ميجا واحد (‎@{ $handle }‎)
budget-micro_team = ما بين { $low } و{ $high } مؤثر مايكرو (بقدر ما تغطيه الميزانية؛ عدد من يناسبها منهم في القائمة: { $available })
budget-no_mega = لا يوجد في القائمة مؤثر ميجا يناسب الميزانية.
budget-no_micro = لا يوجد في القائمة مؤثر مايكرو يناسب الميزانية.

## col

col-creator = المؤثر

## cell

cell-estimated_price = سعر تقديري من بطاقة الأسعار

## objective

objective-reach = الوصول
objective-engagements = عدد التفاعلات
objective-conversions = عدد التحويلات

## strategy

strategy-equal = توزيع متساوٍ
strategy-proportional = توزيع بالتناسب مع الهدف
strategy-tier-mix = توزيع حسب مزيج الفئات
strategy-optimal = التوزيع الأمثل

## split

split-disclosure = تحتاج المنشورات الممولة إلى إفصاح واضح وبارز مثل ‎#ad، وفق قواعد لجنة التجارة الفيدرالية (FTC)؛ والعلامة التجارية هي المسؤولة عن التأكد من أن كل مؤثر يضيفه.

## skip

skip-no_tier = { $n ->
        [zero] { $n } مؤثر بلا عدد متابعين
        [one] مؤثر واحد بلا عدد متابعين
        [two] مؤثران بلا عدد متابعين
        [few] { $n } مؤثرين بلا عدد متابعين
        [many] { $n } مؤثرًا بلا عدد متابعين
       *[other] { $n } مؤثر بلا عدد متابعين
    }
skip-no_price = { $n ->
        [zero] { $n } مؤثر بلا سعر (ولا صف لهم في بطاقة الأسعار)
        [one] مؤثر واحد بلا سعر (ولا صف له في بطاقة الأسعار)
        [two] مؤثران بلا سعر (ولا صف لهما في بطاقة الأسعار)
        [few] { $n } مؤثرين بلا سعر (ولا صف لهم في بطاقة الأسعار)
        [many] { $n } مؤثرًا بلا سعر (ولا صف لهم في بطاقة الأسعار)
       *[other] { $n } مؤثر بلا سعر (ولا صف لهم في بطاقة الأسعار)
    }
skip-no_engagements = { $n ->
        [zero] { $n } مؤثر بلا أرقام تفاعل ولا معيار مرجعي
        [one] مؤثر واحد بلا أرقام تفاعل ولا معيار مرجعي
        [two] مؤثران بلا أرقام تفاعل ولا معيار مرجعي
        [few] { $n } مؤثرين بلا أرقام تفاعل ولا معيار مرجعي
        [many] { $n } مؤثرًا بلا أرقام تفاعل ولا معيار مرجعي
       *[other] { $n } مؤثر بلا أرقام تفاعل ولا معيار مرجعي
    }
skip-excluded = { $n ->
        [zero] { $n } مؤثر استبعدتَهم
        [one] مؤثر واحد استبعدتَه
        [two] مؤثران استبعدتَهما
        [few] { $n } مؤثرين استبعدتَهم
        [many] { $n } مؤثرًا استبعدتَهم
       *[other] { $n } مؤثر استبعدتَهم
    }
skip-other_currency = { $n ->
        [zero] { $n } مؤثر أسعارهم بعملة غير عملة الميزانية (لا يُحوَّل شيء)
        [one] مؤثر واحد سعره بعملة غير عملة الميزانية (لا يُحوَّل شيء)
        [two] مؤثران سعراهما بعملة غير عملة الميزانية (لا يُحوَّل شيء)
        [few] { $n } مؤثرين أسعارهم بعملة غير عملة الميزانية (لا يُحوَّل شيء)
        [many] { $n } مؤثرًا أسعارهم بعملة غير عملة الميزانية (لا يُحوَّل شيء)
       *[other] { $n } مؤثر أسعارهم بعملة غير عملة الميزانية (لا يُحوَّل شيء)
    }
skip-over_cap = { $n ->
        [zero] { $n } مؤثر تتجاوز تكلفة أقل عدد من منشوراتهم السقف أو الميزانية
        [one] مؤثر واحد تتجاوز تكلفة أقل عدد من منشوراته السقف أو الميزانية
        [two] مؤثران تتجاوز تكلفة أقل عدد من منشوراتهما السقف أو الميزانية
        [few] { $n } مؤثرين تتجاوز تكلفة أقل عدد من منشوراتهم السقف أو الميزانية
        [many] { $n } مؤثرًا تتجاوز تكلفة أقل عدد من منشوراتهم السقف أو الميزانية
       *[other] { $n } مؤثر تتجاوز تكلفة أقل عدد من منشوراتهم السقف أو الميزانية
    }

## conflict

conflict-band_nobody = يحتاج { $what } إلى { $need } على الأقل، لكن لا يمكن الدفع لأي من مؤثريه ضمن الميزانية والسقف والنطاق.
conflict-no_figures = لا أرقام لدى أي مؤثر لحساب { $objective }: أضف عمود تحويلات (أو نقرات)، أو اكتب معدل تحويل مفترضًا.
conflict-no_candidates = لا يمكن إدراج أي مؤثر في الخطة: يحتاج كل مؤثر إلى عدد متابعين وسعر (مُدخَل، أو من بطاقة الأسعار).
conflict-nothing_fits = لا يناسب أي مؤثر: أرخص منشور يكلّف { $cheapest } والميزانية { $budget } (ضمن السقف لكل مؤثر، إن وُجد).
conflict-minimums_over_budget = مجموع الحدود الدنيا لحصص { $what } يبلغ { $total } من الميزانية، أي أكثر من { $all }.
conflict-band_reversed = { $what }: الحد الأدنى { $min } أعلى من الحد الأقصى { $max }.
conflict-band_out_of_reach = يحتاج { $what } إلى { $need } على الأقل، لكن تكلفة كل مؤثريه معًا، بأكبر عدد من المنشورات لكل منهم، لا تتجاوز { $most }.
conflict-min_over_max = طُلب { $min ->
        [zero] { $min } مؤثر
        [one] مؤثر واحد
        [two] مؤثران
        [few] { $min } مؤثرين
        [many] { $min } مؤثرًا
       *[other] { $min } مؤثر
    } على الأقل، لكن المسموح به { $max } على الأكثر.
conflict-too_few = طُلب { $min ->
        [zero] { $min } مؤثر
        [one] مؤثر واحد
        [two] مؤثران
        [few] { $min } مؤثرين
        [many] { $min } مؤثرًا
       *[other] { $min } مؤثر
    } على الأقل، لكن لا يمكن الدفع إلا لـ{ $available } منهم (يلزم أن يكون السعر ضمن السقف).
conflict-min_over_budget = { $min ->
        [zero] أرخص { $min } مؤثر بأقل عدد من منشوراتهم تبلغ تكلفتهم { $cheapest }، أي أكثر من الميزانية البالغة { $budget }.
        [one] أرخص مؤثر بأقل عدد من منشوراته تبلغ تكلفته { $cheapest }، أي أكثر من الميزانية البالغة { $budget }.
        [two] أرخص مؤثرَين بأقل عدد من منشوراتهما تبلغ تكلفتهما { $cheapest }، أي أكثر من الميزانية البالغة { $budget }.
        [few] أرخص { $min } مؤثرين بأقل عدد من منشوراتهم تبلغ تكلفتهم { $cheapest }، أي أكثر من الميزانية البالغة { $budget }.
        [many] أرخص { $min } مؤثرًا بأقل عدد من منشوراتهم تبلغ تكلفتهم { $cheapest }، أي أكثر من الميزانية البالغة { $budget }.
       *[other] أرخص { $min } مؤثر بأقل عدد من منشوراتهم تبلغ تكلفتهم { $cheapest }، أي أكثر من الميزانية البالغة { $budget }.
    }
conflict-forced_over_budget = تبلغ تكلفة المؤثرين الذين اشترطتَهم { $spend } بأقل عدد من منشوراتهم، أي أكثر من الميزانية البالغة { $budget }.
conflict-forced_over_max = { $forced ->
        [zero] اشترطتَ { $forced } مؤثر، لكن المسموح به { $max } على الأكثر.
        [one] اشترطتَ مؤثرًا واحدًا، لكن المسموح به { $max } على الأكثر.
        [two] اشترطتَ مؤثرَين، لكن المسموح به { $max } على الأكثر.
        [few] اشترطتَ { $forced } مؤثرين، لكن المسموح به { $max } على الأكثر.
        [many] اشترطتَ { $forced } مؤثرًا، لكن المسموح به { $max } على الأكثر.
       *[other] اشترطتَ { $forced } مؤثر، لكن المسموح به { $max } على الأكثر.
    }
conflict-forced_over_band = يضع المؤثرون الذين اشترطتَهم { $spend } في { $what }، أي فوق حده الأقصى البالغ { $max }.
conflict-forced_over_cap = { $creator } مشترَط، لكن أقل عدد من منشوراته يكلّف { $spend }، أي أكثر مما يمكن أن يحصل عليه مؤثر واحد هنا ({ $cap }: الأدنى بين السقف والميزانية والحد الأقصى لفئته ومنصته).
conflict-forced_not_plannable = { $creator } مشترَط لكن لا يمكن إدراجه في خطة: فهو مستبعد أيضًا، أو بلا عدد متابعين أو سعر أو أرقام للهدف.
conflict-together = يمكن استيفاء كل قيد بمفرده، لكن لا توجد خطة بعدد صحيح من المنشورات تستوفيها كلها معًا.
conflict-gave_up = توقف البحث قبل العثور على خطة أو إثبات عدم وجودها؛ خفّف أحد القيود.

## relax

relax-band_short = مع إبقاء القيود الأخرى، لا يمكن أن يحصل { $what } إلا على { $most } من الميزانية كحد أقصى؛ وقد طلبتَ { $min } على الأقل.
relax-count_short = مع إبقاء القيود الأخرى، أكبر عدد ممكن من المؤثرين هو { $most }؛ وقد طلبتَ { $min } على الأقل.
relax-max_creators = من دون الحد الأقصى لعدد المؤثرين ({ $max }) توجد خطة تضم { $reached ->
        [zero] { $reached } مؤثر
        [one] مؤثرًا واحدًا
        [two] مؤثرَين
        [few] { $reached } مؤثرين
        [many] { $reached } مؤثرًا
       *[other] { $reached } مؤثر
    }.
relax-cap = من دون السقف توجد خطة؛ ويحصل فيها المؤثر الأكبر على { $largest }.
relax-none = تعذّر تحديد حد أدنى بعينه: جرّب تخفيف الحد الأقصى لأحد النطاقات، أو السقف، أو عدد المنشورات لكل مؤثر.

## bands

bands-tiers = الفئات
bands-platforms = المنصات

## broken

broken-band = يحصل { $what } على { $spend } (الهدف { $min }–{ $max })
broken-min_creators = { $creators ->
        [zero] { $creators } مؤثر (المطلوب { $min } على الأقل)
        [one] مؤثر واحد (المطلوب { $min } على الأقل)
        [two] مؤثران (المطلوب { $min } على الأقل)
        [few] { $creators } مؤثرين (المطلوب { $min } على الأقل)
        [many] { $creators } مؤثرًا (المطلوب { $min } على الأقل)
       *[other] { $creators } مؤثر (المطلوب { $min } على الأقل)
    }
broken-max_creators = { $creators ->
        [zero] { $creators } مؤثر (المطلوب { $max } على الأكثر)
        [one] مؤثر واحد (المطلوب { $max } على الأكثر)
        [two] مؤثران (المطلوب { $max } على الأكثر)
        [few] { $creators } مؤثرين (المطلوب { $max } على الأكثر)
        [many] { $creators } مؤثرًا (المطلوب { $max } على الأكثر)
       *[other] { $creators } مؤثر (المطلوب { $max } على الأكثر)
    }
broken-forced = { $missing ->
        [zero] استُبعد { $missing } مؤثر مشترَط
        [one] استُبعد مؤثر مشترَط واحد
        [two] استُبعد مؤثران مشترَطان
        [few] استُبعد { $missing } مؤثرين مشترَطين
        [many] استُبعد { $missing } مؤثرًا مشترَطًا
       *[other] استُبعد { $missing } مؤثر مشترَط
    }

## tier

tier-emerging = ناشئ
tier-nano = نانو
tier-micro = مايكرو
tier-mid = متوسط الحجم
tier-macro = ماكرو
tier-mega = ميجا
tier-none = بلا عدد متابعين

## summary

summary-caption = ملخص الفئات
summary-tier = الفئة
summary-range = المتابعون
summary-creators = المؤثرون
summary-share = الحصة
summary-median_er = وسيط معدل التفاعل
summary-total_followers = إجمالي المتابعين
summary-price = سعر المنشور
summary-estimated = منها { $count ->
        [zero] { $count } سعر تقديري
        [one] سعر تقديري واحد
        [two] سعران تقديريان
        [few] { $count } أسعار تقديرية
        [many] { $count } سعرًا تقديريًا
       *[other] { $count } سعر تقديري
    }

## compare

compare-caption = مقارنة الأنظمة
compare-hint = عدد المؤثرين في كل فئة حسب كل نظام

## table

table-caption = المؤثرون
table-sort = الترتيب حسب { $column }
table-updating = جارٍ تحديث القائمة…
table-count = { $total ->
        [zero] { $total } مؤثر
        [one] مؤثر واحد
        [two] مؤثران
        [few] { $total } مؤثرين
        [many] { $total } مؤثرًا
       *[other] { $total } مؤثر
    }
filter-label = ابحث عن مؤثرين
filter-text = اسم الحساب أو الاسم
filter-tier = الفئة
filter-any_tier = كل الفئات
filter-platform = المنصة
filter-any_platform = كل المنصات
filter-flagged = من عليهم ملاحظات فقط
filter-clear = اعرض الجميع
table-filtered = { $all ->
        [zero] لا مؤثرين يطابقون عامل التصفية
        [one] { $matching } من أصل مؤثر واحد يطابق عامل التصفية
        [two] { $matching } من أصل مؤثرَين يطابق عامل التصفية
        [few] { $matching } من أصل { $all } مؤثرين يطابقون عامل التصفية
        [many] { $matching } من أصل { $all } مؤثرًا يطابقون عامل التصفية
       *[other] { $matching } من أصل { $all } مؤثر يطابقون عامل التصفية
    }

## col

col-line = السطر
col-handle = اسم المستخدم
col-name = الاسم
col-platform = المنصة
col-followers = المتابعون
col-tier = الفئة
col-engagements = التفاعلات لكل منشور
col-er = معدل التفاعل
col-er_followers = معدل التفاعل حسب المتابعين
col-er_views = معدل التفاعل حسب المشاهدات
col-er_reach = معدل التفاعل حسب الوصول
col-benchmark = المعيار المرجعي
col-price = سعر المنشور
col-cpe = CPE
col-cpm = CPM
col-cpv = CPV
col-flags = التنبيهات

## cell

cell-median = الوسيط { $value }
cell-posts = { $count ->
        [zero] { $count } منشور
        [one] منشور واحد
        [two] منشوران
        [few] { $count } منشورات
        [many] { $count } منشورًا
       *[other] { $count } منشور
    }
cell-estimated = تقديري
cell-estimated_title = تقدير من بطاقة الأسعار ({ $source }): فئة { $band } على { $platform }، { $low }–{ $high }
cell-supplied_er = من القائمة
cell-partial = جزئي
cell-partial_title = جزئي: محسوب من بعض التفاعلات التي يحتسبها فقط (الإعجابات أو التعليقات ناقصة)، أو من منشورات بلا مشاهدات أو وصول. قد يبدو منخفضًا لهذا السبب وحده، لذا لا يُرفع تنبيه «منخفض جدًا».
cell-rating_vs_benchmark = مصنَّف «{ $rating }» على Instagram عمومًا (حسب نطاقات Influencer Marketing Hub)، لكنه { $comparison } نطاق { $segment } ({ $range }): فالحسابات بهذا الحجم تحقق عادةً تفاعلًا { $direction }.
cell-direction-more = أعلى
cell-direction-less = أقل
cell-cpm_basis = على أساس { $basis }

## cpm

cpm-impressions = مرات الظهور
cpm-views = المشاهدات
cpm-reach = الوصول
cpm-followers = المتابعين (كبديل)

## rating

rating-low = منخفض
rating-average = متوسط
rating-high = مرتفع
rating-very_high = مرتفع جدًا

## comparison

comparison-below = أقل من
comparison-within = ضمن
comparison-above = أعلى من

## benchmark

benchmark-cell = { $comparison } معيار { $segment }: { $range }

## segment

segment-audience = { $min }–{ $max } متابع
segment-audience_up = { $min } متابع فأكثر
segment-subscribers = { $min }–{ $max } مشترك
segment-subscribers_up = { $min } مشترك فأكثر

## scheme

scheme-custom_source = حدودك

## rates

rates-edited = { $source }، بتعديلك

## benchmark

benchmark-none = لا معيار مرجعي

## formula

formula-heading = المعادلات والمصادر
formula-e = التفاعلات لكل منشور (E) = { $parts }. العدد الذي تخلو منه القائمة لا يضيف شيئًا؛ وإن نقص أحدها وكانت القائمة تعطي التفاعلات رقمًا واحدًا («Engagement avg.»)، فهذا الرقم هو E.
formula-er_followers = معدل التفاعل حسب المتابعين = E ÷ عدد المتابعين × { $hundred } (HypeAuditor، Upfluence)
formula-er_reach = معدل التفاعل حسب الوصول = E ÷ الوصول × { $hundred }؛ ومع صفوف لكل منشور، متوسط معدلات المنشورات (Flowbox)
formula-er_views = معدل التفاعل حسب المشاهدات = E ÷ المشاهدات × { $hundred } (HypeAuditor TikTok، Modash)
formula-ltf = نسبة الإعجابات إلى المتابعين = عدد الإعجابات ÷ عدد المتابعين × { $hundred } (InfluencerDB)
formula-median = مع صف لكل منشور، يُعرض المتوسط والوسيط معًا: فالمنشور واسع الانتشار يرفع المتوسط.
formula-cpe = CPE = سعر المنشور ÷ E ‏(Upfluence)
formula-cpm = CPM = سعر المنشور ÷ مرات الظهور × { $thousand }؛ وعند غياب مرات الظهور تحل محلها المشاهدات أو الوصول أو عدد المتابعين، مع الإشارة إلى ذلك (Upfluence)
formula-cpv = CPV = سعر المنشور ÷ المشاهدات
formula-price = تُقدَّر الأسعار الناقصة من بطاقة الأسعار ({ $source }): منتصف النطاق المناسب لحجم المؤثر، مع علامة «تقديري»
formula-benchmarks = المعايير المرجعية، ويُقارَن كل منها فقط بمعدل تفاعل محسوب على الأساس نفسه وحسب عدد متابعي المؤثر (المشتركين على YouTube)، أيًّا كان نظام الفئات: Instagram حسب المتابعين ({ $passo }؛ وتحت { $under } متابع { $markerly })؛ TikTok حسب المتابعين ({ $timf }) وحسب المشاهدات ({ $modash_tiktok })؛ YouTube حسب المشاهدات ({ $sociavault }). لا معيار مرجعي لمعدل التفاعل على YouTube حسب المشتركين: فجدول Modash ({ $modash_youtube }) يقسم على المشاهدات، وأرقامه لا تناسب أيًّا من الأساسين في قوائم القنوات الفعلية، ولا يقدّم أي مصدر نطاقًا حسب المشتركين؛ وفي القوائم الفعلية لأكبر القنوات يتراوح هذا المعدل بين ما يقارب { $zero } (القنوات الخاملة وقنوات الأطفال) وأكثر من { $one_pct }. الرقم المنشور الوحيد يُعرض رقمًا واحدًا. لا يقدّم أي مصدر معدل تفاعل حسب الوصول، فلا معيار مرجعي له. نطاقات التصنيف: { $rating }؛ وحين يختلف التصنيف عن معيار الحجم، توضح خلية معدل التفاعل السبب.
formula-flags = التنبيهات: معدل تفاعل أقل من ثلث الحد الأدنى لمعياره المرجعي أو أكثر من ثلاثة أضعاف حده الأعلى (قاعدة تقريبية من Tierwise)؛ وعلى Instagram، عدد تعليقات لكل { $hundred } إعجاب خارج النطاق { $low }–{ $high } ({ $source })؛ أما جمهور TikTok وجمهور YouTube فيعلّقان بمعدلات مختلفة، ولا يقدّم أي مصدر معدلاتهما، فلا يُقيَّمان بهذا المعيار.

## e

e-likes = الإعجابات
e-comments = التعليقات
e-shares = المشاركات
e-saves = مرات الحفظ

## rates

rates-heading = بطاقة الأسعار
rates-hint = أسعار المنشور بالدولار الأمريكي، وتُستخدم حين تخلو القائمة من الأسعار ({ $source }). تعتمد التقديرات على منتصف النطاق، أو على حده الأدنى إن لم يكن له حد أعلى.
rates-caption = سعر المنشور حسب المنصة والحجم
rates-input = { $platform }، { $band }: { $which } ($)
rates-from = من
rates-to = إلى

## problems

problems-heading = المشكلات ({ $count })
problems-none = لا مشكلات: قُرئ كل صف.
problems-summary_column = العمود «{ $column }»: { $count ->
        [zero] { $count } خلية تُركت فارغة
        [one] خلية واحدة تُركت فارغة
        [two] خليتان تُركتا فارغتين
        [few] { $count } خلايا تُركت فارغة
        [many] { $count } خليةً تُركت فارغة
       *[other] { $count } خلية تُركت فارغة
    }
problems-summary_rows = الصفوف المستبعدة: { $count }
problems-show_line = عرض
problems-show_line_label = عرض السطر { $line } في مربع اللصق
problems-cell_kept = تُترك الخلية فارغة، ويُستخدم باقي الصف.
problems-row_left_out = يُستبعد الصف.

## problem

problem-at_cell = { $line }، العمود «{ $column }»: «{ $text }»: { $what }
problem-at_row = { $line }: «{ $text }»: { $what }
problem-line = السطر { $line }
problem-object = الكائن { $item } (السطر { $line })
problem-more_in_column = { $count ->
        [zero] و{ $count } خلية أخرى مثلها
        [one] وخلية أخرى مثلها
        [two] وخليتان أخريان مثلهما
        [few] و{ $count } خلايا أخرى مثلها
        [many] و{ $count } خليةً أخرى مثلها
       *[other] و{ $count } خلية أخرى مثلها
    } في «{ $column }»، بدءًا من السطر { $line }: { $what }
problem-more_rows = { $count ->
        [zero] و{ $count } صف آخر مثله
        [one] وصف آخر مثله
        [two] وصفّان آخران مثلهما
        [few] و{ $count } صفوف أخرى مثلها
        [many] و{ $count } صفًّا آخر مثلها
       *[other] و{ $count } صف آخر مثلها
    }، بدءًا من السطر { $line }: { $what }
problem-expected-count = المتوقع رقم مثل 12.5K أو 10,000
problem-expected-money = المتوقع سعر مثل 250 أو $1,200
problem-expected-percent = المتوقع نسبة مئوية مثل 4.5%
problem-expected-text = المتوقع نص
problem-grouping = مجموعات الآلاف ليست من ثلاثة أرقام؛ { $expected }
problem-negative = لا يمكن أن تكون القيمة سالبة؛ { $expected }
problem-percent = علامة النسبة المئوية لا معنى لها هنا؛ { $expected }
problem-no_identity = لا اسم مستخدم ولا اسم، فلا يمكن تمييز الصف
problem-too_many_cells = { $found ->
        [zero] { $found } خلية
        [one] خلية واحدة
        [two] خليتان
        [few] { $found } خلايا
        [many] { $found } خليةً
       *[other] { $found } خلية
    } بينما في صف العناوين { $expected }: هل في أحد الأسماء فاصلة خارج علامات الاقتباس؟
problem-not_a_platform = المتوقع منصة مثل Instagram أو TikTok أو YouTube؛ تُحدَّد منصة هذا الصف كما لو كان صفًّا بلا منصة
problem-unclosed_quote = علامة اقتباس تفتح خلية هنا ولا تُغلق أبدًا؛ تستمر القراءة من السطر التالي

## input

input-not_a_roster = يبدو أن { $name } { $kind }، وليس قائمة مؤثرين. يقرأ Tierwise ملفات CSV وTSV وJSON وجداول البيانات (‎.xlsx و‎.xls و‎.ods).
input-workbook_unreadable = { $name }: { $reason }
input-workbook_no_sheets = لا يحوي المصنف أي ورقة عمل
input-workbook_no_sheet = لا يحوي المصنف الورقة { $n }
input-sheet_read = قُرئت الورقة «{ $sheet }» من { $name } ({ $n } من { $count }).
input-sheet_skipped_empty = الأوراق التي قبلها فارغة.
input-sheet_label = الورقة
input-sheet_hidden = { $sheet } (مخفية)

## file

file-png = صورة PNG
file-jpeg = صورة JPEG
file-gif = صورة GIF
file-webp = صورة WebP
file-heic = صورة HEIC
file-bmp = صورة BMP
file-tiff = صورة TIFF
file-pdf = مستند PDF
file-zip = أرشيف zip
file-gzip = أرشيف gzip
file-7z = أرشيف 7-Zip
file-rar = أرشيف RAR
file-word = مستند Word
file-presentation = عرض تقديمي PowerPoint
file-video = مقطع فيديو
file-audio = ملف صوتي
file-executable = برنامج
file-sqlite = قاعدة بيانات SQLite
file-binary = ملف ثنائي

## notice

notice-read_as-engagement_rate = يحوي «{ $column }» نسبًا مئوية، فيُقرأ على أنه معدل التفاعل.
notice-read_as-engagements = يحوي «{ $column }» أعدادًا تزيد على { $hundred } بلا علامة %، فيُقرأ على أنه تفاعلات لكل منشور، لا على أنه معدل.
notice-not_platforms = يحوي «{ $column }» قيمًا مثل { $examples }…، وليست منصات: يُحتفظ به عمودًا إضافيًا.
notice-lifetime_by_cells = يحوي «{ $column }» إجماليات على مدى عمر الحساب (عادةً { $times ->
        [zero] { $times } ضعف عدد المتابعين
        [one] بقدر عدد المتابعين
        [two] ضعفَي عدد المتابعين
        [few] { $times } أضعاف عدد المتابعين
        [many] { $times } ضعفًا لعدد المتابعين
       *[other] { $times } ضعف عدد المتابعين
    })، لا { $field } لكل منشور: يُحتفظ به عمودًا إضافيًا.
notice-lifetime_by_header = «{ $column }» إجمالي على مدى عمر الحساب، لا { $field } لكل منشور: يُحتفظ به عمودًا إضافيًا.
notice-columns_combined = الأعمدة { $columns } لا تحمل { $field } أبدًا في الصف نفسه: ومعًا تعطي هذا الحقل.
notice-column_chosen = عدة أعمدة تعطي { $field }: استُخدم «{ $used }» نظرًا إلى { $why }؛ ويُحتفظ بالبقية ({ $over }) أعمدةً إضافية.
notice-why-not_lifetime = احتواء الأعمدة الأخرى على إجماليات عمر الحساب
notice-why-average = كونه المتوسط لكل منشور
notice-why-more_digits = دقة أرقامه بينما أرقام الأخرى مقرَّبة
notice-why-fuller = احتوائه على أرقام أكثر
notice-why-first = مجيئه أولًا وعدم وجود ما يميّز بينها غير ذلك
notice-identity_both = استنادًا إلى خلاياهما: «{ $handle }» يحوي أسماء مستخدمين (بلا مسافات)، و«{ $name }» أسماء العرض.
notice-identity_handle = استنادًا إلى خلاياه: «{ $handle }» يحوي أسماء مستخدمين (بلا مسافات).
notice-identity_none = لا يحوي أي عمود أسماء مستخدمين: يُميَّز المؤثرون بأسمائهم.
notice-identity_extra = أعمدة أخرى تسمّي المؤثرين أيضًا، يُحتفظ بها أعمدةً إضافية: { $columns }.
notice-name_and_handle = يحوي «{ $column }» صيغة «الاسم @اسم_المستخدم»: يُؤخذ منه الاسم واسم المستخدم كلاهما.
notice-platform_from_headers = لا يوجد عمود للمنصة: نُسب { $rows ->
        [zero] { $rows } صف
        [one] صف واحد
        [two] صفّان
        [few] { $rows } صفوف
        [many] { $rows } صفًّا
       *[other] { $rows } صف
    } إلى { $platform } استنادًا إلى أسماء الأعمدة ({ $headers }). إن كان ذلك خطأً، فغيّر المنصة المعتمدة للصفوف التي بلا منصة.
notice-platform_default = لا شيء في الملف يحدد المنصة: نُسب { $rows ->
        [zero] { $rows } صف
        [one] صف واحد
        [two] صفّان
        [few] { $rows } صفوف
        [many] { $rows } صفًّا
       *[other] { $rows } صف
    } إلى { $platform }. إن كان ذلك خطأً، فغيّر المنصة المعتمدة للصفوف التي بلا منصة.
# ‏$rows عدد مع معدوده («صف واحد»، «998 صفًّا»)؛ و$weaker و$fewer و$named قوائم منصات مع أسماء الأعمدة التي تسمّيها (YouTube: «Subscribers count»؛ TikTok: «Tiktoker»). يأتي $rows هنا مضافًا إليه بعد «منصة».
notice-platform_from_headers_over_weaker = لا يوجد عمود للمنصة: حُدّدت منصة { $rows } على أنها { $platform }، إذ تسمّيها أسماء الأعمدة صراحةً ({ $headers }). ويتقدّم ذلك على قرائن أضعف ({ $weaker })، وهي كلمات تُستخدم على أكثر من منصة. إن كان ذلك خطأً، فغيّر المنصة المعتمدة للصفوف التي بلا منصة.
notice-platform_from_headers_over_fewer = لا يوجد عمود للمنصة: حُدّدت منصة { $rows } على أنها { $platform }، إذ تسمّيها أسماء أعمدة ({ $headers }) أكثر مما تسمّي أي منصة أخرى ({ $fewer }). إن كان ذلك خطأً، فغيّر المنصة المعتمدة للصفوف التي بلا منصة.
notice-platform_headers_disagree = تشير أسماء الأعمدة إلى أكثر من منصة ({ $named })، ولا تدل على إحداها بوضوح أكبر من غيرها: حُدّدت منصة { $rows } على أنها { $platform }. إن كان ذلك خطأً، فغيّر المنصة المعتمدة للصفوف التي بلا منصة.
notice-platform_from_links = أُخذت منصة { $rows ->
        [zero] { $rows } صف
        [one] صف واحد
        [two] صفّين
        [few] { $rows } صفوف
        [many] { $rows } صفًّا
       *[other] { $rows } صف
    } من روابط الحسابات أو المنشورات.
notice-rate_as_fraction = يحوي «{ $column }» كسورًا (0.0139 بدلًا من 1.39%): قُرئت نسبًا مئوية.
notice-header_on_line = صف العناوين في السطر { $line }؛ والأسطر التي فوقه ليست مؤثرين.
notice-too_many_columns = في السطر الأول { $found ->
        [zero] { $found } خلية
        [one] خلية واحدة
        [two] خليتان
        [few] { $found } خلايا
        [many] { $found } خليةً
       *[other] { $found } خلية
    }؛ وقائمة المؤثرين لا تتجاوز { $max ->
        [zero] { $max } عمود
        [one] عمودًا واحدًا
        [two] عمودين
        [few] { $max } أعمدة
        [many] { $max } عمودًا
       *[other] { $max } عمود
    }، لذا فهذه ليست قائمة ولم يُقرأ شيء. هل الملف كله في سطر واحد؟
notice-mapped_header_missing = يذكر التعيين { $headers }، لكن لا يحمل أي عمود هذا العنوان، لذا لم يُقرأ شيء. الأعمدة هي { $columns }.
notice-unwrapped_rows = كان كل سطر محاطًا بالكامل بعلامات اقتباس (كما تكتبه بعض عمليات النقل بين جداول البيانات): قُرئ من دونها.

## summary

summary-mixed_currencies = عملات متعددة

## columns

columns-note-chosen = مستخدم بدلًا من { $over }، نظرًا إلى { $why }
columns-note-not_chosen = غير مستخدم: «{ $used }» يعطي { $field }، نظرًا إلى { $why }
columns-note-lifetime = إجماليات على مدى عمر الحساب، لا { $field } لكل منشور: غير مستخدم
columns-note-not_platforms = خلاياه ليست منصات: غير مستخدم
columns-note-read_as = يُقرأ على أنه { $field }، استنادًا إلى خلاياه
columns-note-handles = أسماء مستخدمين، استنادًا إلى خلاياه (بلا مسافات)
columns-note-names = أسماء عرض، استنادًا إلى خلاياه
columns-note-name_and_handle = «الاسم @اسم_المستخدم»: يُؤخذ منه كلاهما
columns-note-fraction = كسور، تُقرأ نسبًا مئوية
columns-note-combined = مع { $columns }: لا يجتمعان أبدًا في صف واحد

## notice

notice-mixed_currencies = الأسعار بأكثر من عملة ({ $counts }). يُعرض كل سعر بعملته ولا يُحوَّل شيء؛ وخطة الميزانية لا تستخدم إلا الأسعار التي بعملتها.
notice-unmarked_prices = { $count ->
        [zero] { $count } سعر بلا رمز عملة اعتُبرت بعملة { $currency }، مثل البقية.
        [one] سعر واحد بلا رمز عملة اعتُبر بعملة { $currency }، مثل البقية.
        [two] سعران بلا رمز عملة اعتُبرا بعملة { $currency }، مثل البقية.
        [few] { $count } أسعار بلا رمز عملة اعتُبرت بعملة { $currency }، مثل البقية.
        [many] { $count } سعرًا بلا رمز عملة اعتُبرت بعملة { $currency }، مثل البقية.
       *[other] { $count } سعر بلا رمز عملة اعتُبرت بعملة { $currency }، مثل البقية.
    }
notice-not_a_roster = يبدو أن هذا { $kind }، وليس قائمة مؤثرين: لم يُقرأ شيء. يقرأ Tierwise ملفات CSV وTSV وJSON وجداول البيانات (‎.xlsx و‎.xls و‎.ods).
notice-sheet = قُرئت الورقة «{ $sheet }» ({ $n } من { $count }).
notice-not_utf8 = الملف ليس بترميز UTF-8؛ قُرئ بترميز Windows-1252.
notice-utf16 = الملف نص بترميز UTF-16 (ما يحفظه Excel باسم «نص Unicode»)؛ وقُرئ على هذا الأساس.
notice-repaired_bytes = بايتات غير صالحة في UTF-8: { $bytes }، في الأسطر { $lines }. قُرئ كل منها حرفًا من Windows-1252 (مثل «é») وباقي الملف بترميز UTF-8؛ ووُضع تنبيه على المؤثرين في تلك الأسطر.
notice-names_as_handles = لا يوجد عمود لأسماء المستخدمين: يُميَّز المؤثرون بأسمائهم.
notice-per_post = { $creators } صف لكل منشور ({ $rows ->
        [zero] { $rows } صف
        [one] صف واحد
        [two] صفّان
        [few] { $rows } صفوف
        [many] { $rows } صفًّا
       *[other] { $rows } صف
    }): والأرقام متوسطات لكل منشور، مع الوسيطات.
notice-creators = { $n ->
        [zero] لدى { $n } مؤثر
        [one] لدى مؤثر واحد
        [two] لدى مؤثرَين
        [few] لدى { $n } مؤثرين
        [many] لدى { $n } مؤثرًا
       *[other] لدى { $n } مؤثر
    }
notice-duplicates = { $n ->
        [zero] { $n } صف كرّرت صفًّا سابقًا حرفيًا فاحتُسبت مرة واحدة.
        [one] صف واحد كرّر صفًّا سابقًا حرفيًا فاحتُسب مرة واحدة.
        [two] صفّان كرّرا صفًّا سابقًا حرفيًا فاحتُسبا مرة واحدة.
        [few] { $n } صفوف كرّرت صفًّا سابقًا حرفيًا فاحتُسبت مرة واحدة.
        [many] { $n } صفًّا كرّرت صفًّا سابقًا حرفيًا فاحتُسبت مرة واحدة.
       *[other] { $n } صف كرّرت صفًّا سابقًا حرفيًا فاحتُسبت مرة واحدة.
    }
notice-repaired = { $n ->
        [zero] { $n } نص بدت مفكوكة الترميز خطأً (مثل «CÃ´te») فأُصلحت.
        [one] نص واحد بدا مفكوك الترميز خطأً (مثل «CÃ´te») فأُصلح.
        [two] نصّان بدَوا مفكوكَي الترميز خطأً (مثل «CÃ´te») فأُصلحا.
        [few] { $n } نصوص بدت مفكوكة الترميز خطأً (مثل «CÃ´te») فأُصلحت.
        [many] { $n } نصًّا بدت مفكوكة الترميز خطأً (مثل «CÃ´te») فأُصلحت.
       *[other] { $n } نص بدت مفكوكة الترميز خطأً (مثل «CÃ´te») فأُصلحت.
    }

## columns

columns-heading = الأعمدة
columns-hint = كيف فُهم كل عمود. غيّر أي عمود فُهم خطأً.
columns-header = العمود
columns-field = يُقرأ على أنه
columns-select = ما يحويه العمود «{ $header }»
columns-ignore = لا شيء (يُحتفظ به عمودًا إضافيًا)
columns-missing = يحتاج Tierwise إلى { $field }: أي عمود يحويه؟
columns-decimal = العلامة العشرية { $mark } ({ $why })
columns-mark-dot = «.»
columns-mark-comma = «,»
columns-why-column = من هذا العمود
columns-why-other_columns = من أعمدة أخرى
columns-why-delimiter = ملف مفصول بفواصل منقوطة
columns-why-field_default = لا خلية تحسم الأمر؛ المعتاد لهذا الحقل
columns-why-thousands = عدد: «1.234» و«1,234» كلاهما يعني 1,234

## field

field-handle = اسم المستخدم
field-name = الاسم
field-platform = المنصة
field-followers = عدد المتابعين
field-likes = الإعجابات
field-comments = التعليقات
field-shares = المشاركات
field-saves = مرات الحفظ
field-views = المشاهدات
field-reach = الوصول
field-conversions = التحويلات (النقرات، المبيعات)
field-impressions = مرات الظهور
field-engagements = التفاعلات لكل منشور
field-posts = عدد المنشورات
field-price = سعر المنشور
field-category = التصنيف
field-country = الدولة
field-engagement_rate = معدل التفاعل (مُعطى)
field-post = معرّف المنشور أو رابطه أو تاريخه

## flag

flag-er_very_low = معدل التفاعل { $er } أقل بكثير من { $low } في المعيار المرجعي: متابعون غير نشطين أو مشترَون؟
flag-er_very_high = معدل التفاعل { $er } أعلى بكثير من { $high } في المعيار المرجعي: مجموعات لتبادل التفاعل (engagement pods)، أم خطأ في كتابة عدد المتابعين؟
# التنبيهان نفسهما لمعدل تفاعل محسوب على المشاهدات أو الوصول: المتابعون لا يدخلون في هذا المعدل، فلا ينبغي أن يلقي النص اللوم عليهم.
flag-er_very_low_views = معدل التفاعل { $er } أقل بكثير من { $low } في المعيار المرجعي: مشاهدات لم تتحول إلى إعجابات أو تعليقات (مشاهدات مشترَاة، أم مشاهدون مرّوا بالمنشور دون توقف)؟
flag-er_very_high_views = معدل التفاعل { $er } أعلى بكثير من { $high } في المعيار المرجعي: مجموعات لتبادل التفاعل (engagement pods)، أم إعجابات مشترَاة، أم خطأ في كتابة عدد المشاهدات؟
flag-comment_ratio = نسبة التعليقات { $ratio } لكل { $hundred } إعجاب، خارج النطاق الصحي { $low }–{ $high } ({ $source }).
flag-likes_hidden = { $likes ->
        [zero] { $likes } إعجاب
        [one] إعجاب واحد
        [two] إعجابان
        [few] { $likes } إعجابات
        [many] { $likes } إعجابًا
       *[other] { $likes } إعجاب
    } فقط مقابل جمهور بهذا الحجم: الإعجابات مخفية على الأرجح.
flag-views_below_likes = المشاهدات ({ $views }) أقل من الإعجابات ({ $likes }).
flag-engagements_above_followers = التفاعلات لكل منشور ({ $engagements }) أكثر من عدد المتابعين ({ $followers }).
flag-duplicate = مكرر حرفيًا في السطر { $lines }: احتُسب مرة واحدة.

## list

list-more = { $shown } { $n ->
        [zero] و{ $n } سطر آخر
        [one] وسطر آخر
        [two] وسطران آخران
        [few] و{ $n } أسطر أخرى
        [many] و{ $n } سطرًا آخر
       *[other] و{ $n } سطر آخر
    }

## flag

flag-conflicting_rows = مُدرج في الأسطر { $lines } بأعداد متابعين مختلفة: يُستخدم الأخير.
flag-no_followers = لا عدد متابعين: لا فئة.
flag-repaired_text = نص أُصلح بعد قراءته بترميز خاطئ.

## cli

cli-usage =
    الاستخدام: tierwise analyze FILE|- [--scheme NAME] [--platform NAME] [--basis followers|reach|views]
    {"  "}[--format jsonl|csv] [--map "HEADER=FIELD,…"] [--sheet NAME|N]
    {"       "}tierwise split FILE|- --budget AMOUNT … (tierwise split --help)
    الأنظمة: seeds, broad-micro, hypeauditor, later-fohr, hootsuite
    المنصات (للصفوف التي بلا منصة؛ تُؤخذ افتراضيًا من كلمات الملف، وإلا فـinstagram): instagram, tiktok, youtube
    الحقول لـ--map: handle, name, platform, followers, likes, comments, shares, saves, views, reach, impressions,
    {"  "}engagements, posts, price, category, country, engagement_rate, post, conversions، أو ignore
    الملفات: CSV، TSV، JSON، JSON Lines، .xlsx، .xls، .ods (يختار --sheet ورقة؛ الافتراضي: أول ورقة فيها محتوى)
cli-split_usage =
    الاستخدام: tierwise split FILE|- --budget AMOUNT --objective reach|engagements|conversions
    {"  "}[--tier-mix micro=60..80,nano=10..30] [--platform-mix instagram=50..100]
    {"  "}[--max-per-creator 20%|AMOUNT] [--min-creators N] [--max-creators N] [--posts MIN..MAX]
    {"  "}[--conversion-rate PCT] [--strategy optimal|equal|proportional|tier-mix] [--format json|csv]
    {"  "}[--scheme NAME] [--platform NAME] [--currency SIGN]
    رمز الخروج: 0 خطة، 1 لم يُقرأ شيء، 2 وسائط غير صالحة، 3 لا خطة تستوفي القيود
cli-split_summary = tierwise: خطة { $strategy }: { $creators ->
        [zero] { $creators } مؤثر
        [one] مؤثر واحد
        [two] مؤثران
        [few] { $creators } مؤثرين
        [many] { $creators } مؤثرًا
       *[other] { $creators } مؤثر
    }، { $posts ->
        [zero] { $posts } منشور
        [one] منشور واحد
        [two] منشوران
        [few] { $posts } منشورات
        [many] { $posts } منشورًا
       *[other] { $posts } منشور
    }، أُنفق { $spend } من { $budget }، { $objective } المتوقع: { $value }
cli-split_gap = tierwise: لا تبعد أكثر من { $gap } عن أفضل خطة ممكنة (الحد الأعلى { $bound })
cli-split_all_estimated = tierwise: كل الأسعار تقديرات من بطاقة الأسعار ({ $source }): أضف عمود أسعار لخطة مبنية على أسعار حقيقية
cli-split_conflicts = tierwise: لا توجد خطة تستوفي كل القيود:
cli-columns = tierwise: الأعمدة (للتغيير: --map "HEADER=FIELD,…"):
cli-column = {"  "}«{ $header }»: { $what }
# عنوان يتكرر مرتين في الملف، يُميَّز برقم عموده (1 للعمود الأول).
cli-column_numbered = {"  "}«{ $header }» (العمود { $number }): { $what }
cli-column_mapped = { $field } (حسب التعيين)
cli-column_ignored = متجاهَل (حسب التعيين)
cli-column_extra = غير مستخدم (يُحتفظ به عمودًا إضافيًا)
cli-nothing_read = tierwise: تعذّرت قراءة أي مؤثر من { $file }
cli-missing = tierwise: لم يُعثر على عمود يحمل { $field }؛ الأعمدة: { $columns }
cli-summary = tierwise: قُرئ { $creators ->
        [zero] { $creators } مؤثر
        [one] مؤثر واحد
        [two] مؤثران
        [few] { $creators } مؤثرين
        [many] { $creators } مؤثرًا
       *[other] { $creators } مؤثر
    } من { $rows ->
        [zero] { $rows } صف
        [one] صف واحد
        [two] صفّين
        [few] { $rows } صفوف
        [many] { $rows } صفًّا
       *[other] { $rows } صف
    }، { $problems ->
        [zero] بلا مشكلات
        [one] مشكلة واحدة
        [two] مشكلتان
        [few] { $problems } مشكلات
        [many] { $problems } مشكلةً
       *[other] { $problems } مشكلة
    }
# أخطاء في وسائط سطر الأوامر. ‏`{ $option }` اسم الخيار (budget، map…).
# قائمة نطاقات (--tier-mix micro=60..80) أو مدى (--posts 1..3) أو سقف (--max-per-creator 20%)
# تعذّرت قراءته؛ ‏`{ $text }` هو ما كُتب.
band_error-not_a_pair = المتوقع NAME=MIN..MAX، لكن المُدخل «{ $text }»
band_error-unknown_name = «{ $text }» ليست فئة ولا منصة
band_error-not_a_percentage = «{ $text }»: النسب المئوية تتراوح من { $zero } إلى { $hundred }
band_error-not_a_number = المتوقع عدد، لكن المُدخل «{ $text }»
band_error-min_above_max = «{ $text }»: الحد الأدنى أعلى من الحد الأقصى
band_error-not_a_cap = المتوقع 20% أو مبلغ، لكن المُدخل «{ $text }»
cli-error-bad_value = --{ $option }: القيمة ليست نصًا صالحًا
cli-error-unknown = --{ $option }: قيمة غير معروفة «{ $value }»؛ القيم المتاحة: { $choices }
cli-error-expected = --{ $option }: المتوقع { $what }، لكن المُدخل «{ $value }»
cli-error-required = الخيار --{ $option } مطلوب
cli-error-not_a_workbook = --sheet: الملف ليس مصنف جداول بيانات
cli-error-no_sheet = --sheet: لا توجد ورقة «{ $sheet }»؛ الأوراق هي { $sheets }
cli-expected-amount = مبلغ أكبر من { $zero }
cli-expected-whole_number = عدد صحيح
cli-expected-percentage = نسبة مئوية
cli-expected-posts = أعداد صحيحة مثل 1..3
