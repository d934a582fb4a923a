# Źródła benchmarków i podziałów na poziomy.
source-passo = { $publisher } { $year }, ER na Instagramie wg obserwujących ((polubienia + komentarze + zapisania) ÷ obserwujący)
source-markerly = { $publisher } za Digiday { $year }, wskaźnik polubień na Instagramie poniżej { $under } obserwujących (polubienia ÷ obserwujący)
source-timf = { $publisher } { $year } ({ $sample } { $sample ->
    [one] twórca
    [few] twórcy
    [many] twórców
   *[other] twórcy
}), ER na TikToku wg obserwujących
source-modash_tik_tok = { $publisher }, listopad { $year }, ER na TikToku wg wyświetleń, przedział „średni”
source-socia_vault = { $publisher } { $year } ({ $sample } { $sample ->
    [one] kanał
    [few] kanały
    [many] kanałów
   *[other] kanału
}), ER na YouTube wg wyświetleń, środkowa połowa kanałów
source-modash_you_tube = { $publisher }, przedział „średni” na YouTube (dzieli przez wyświetlenia; od { $mega } subskrybentów: { $range })
scheme_source-seeds = Poradniki Shopify o mikroinfluencerach
scheme_source-broad-micro = Arabski poradnik o mikroinfluencerach, { $year }
scheme_source-hypeauditor = HypeAuditor (dawne progi)
scheme_source-later-fohr = Later × Fohr, { $year }
scheme_source-hootsuite = Hootsuite
source-rating = Influencer Marketing Hub, ER na Instagramie wg obserwujących
