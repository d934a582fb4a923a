# مصادر المعايير المرجعية وأنظمة الفئات.
source-passo = { $publisher }، { $year }، معدل التفاعل على Instagram حسب المتابعين ((الإعجابات + التعليقات + الحفظ) ÷ المتابعين)
source-markerly = { $publisher } عبر Digiday، { $year }، نسبة الإعجابات على Instagram للحسابات التي لديها أقل من { $under } متابع (الإعجابات ÷ المتابعين)
source-timf = { $publisher }، { $year } ({ $sample } من صنّاع المحتوى)، معدل التفاعل على TikTok حسب المتابعين
source-modash_tik_tok = { $publisher }، نوفمبر { $year }، معدل التفاعل على TikTok حسب المشاهدات، نطاق «المتوسط»
source-socia_vault = { $publisher }، { $year } ({ $sample } من القنوات)، معدل التفاعل على YouTube حسب المشاهدات، النصف الأوسط من القنوات
source-modash_you_tube = { $publisher }، نطاق «المتوسط» على YouTube (يقسم على المشاهدات؛ { $mega }+ مشترك: { $range })
scheme_source-seeds = أدلة Shopify عن المؤثرين الصغار
scheme_source-broad-micro = دليل عربي عن المؤثرين الصغار، { $year }
scheme_source-hypeauditor = HypeAuditor (الفئات القديمة)
scheme_source-later-fohr = Later × Fohr، { $year }
scheme_source-hootsuite = Hootsuite
source-rating = Influencer Marketing Hub، معدل التفاعل على Instagram حسب المتابعين
