## export: column names and words of the exported plan (CSV)
export-col_handle = Konto
export-col_name = Nazwa
export-col_platform = Platforma
export-col_tier = Poziom
export-col_posts = Posty
export-col_price_per_post = Cena za post
export-col_price_is = Źródło ceny
export-col_spend = Wydatek
export-col_expected_reach = Oczekiwany zasięg
export-col_reach_is = Źródło zasięgu
export-col_expected_engagements = Oczekiwane interakcje
export-col_engagements_are = Źródło interakcji
export-col_expected_conversions = Oczekiwane konwersje
export-col_conversions_are = Źródło konwersji
export-total = Razem
export-origin_supplied = podane
export-origin_estimated = szacowane
export-origin_assumed = założone

## export: column names of the creators' results (CSV, copied table)
export-col_line = Wiersz
export-col_followers = Obserwujący
export-col_engagements = Interakcje na post
export-col_er_followers_pct = ER wg obserwujących (%)
export-col_er_followers_median_pct = Mediana ER wg obserwujących (%)
export-col_er_views_pct = ER wg wyświetleń (%)
export-col_er_reach_pct = ER wg zasięgu (%)
export-col_likes_to_followers_pct = Polubienia do obserwujących (%)
export-col_currency = Waluta
export-col_price_estimated = Cena szacowana
export-col_cpe = CPE
export-col_cpm = CPM
export-col_cpm_basis = Podstawa CPM
export-col_cpv = CPV
export-col_flags = Ostrzeżenia
export-yes = tak
export-no = nie
# Between two flag explanations in one cell.
export-list_joiner = {"; "}
