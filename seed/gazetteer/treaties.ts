/**
 * Treaties with their names in en/id/ru/es, kind, signature and entry-into-force dates, parties
 * and known lineage (Wikipedia/Wikidata, UN Treaty Collection, official texts).
 */
import type { GazetteerTreaty } from '../../server/extract/gazetteer';

export const TREATIES: GazetteerTreaty[] = [
  {
    id: 'treaty:ussr-dprk-friendship-1961', name: 'Treaty of Friendship, Co-operation and Mutual Assistance (1961)', kind: 'treaty', signed: '1961-07-06', inForce: '1961-09-10', ended: '1996-09-10',
    parties: ['country:SU', 'country:KP'],
    names: { en: ['Soviet–North Korean Treaty of Friendship, Co-operation and Mutual Assistance', 'Treaty of Friendship, Co-operation and Mutual Assistance between the USSR and the DPRK', "Treaty of Friendship, Co-operation and Mutual Assistance between the Union of Soviet Socialist Republics and the Democratic People's Republic of Korea", '1961 Soviet-North Korean treaty'], id: ['Perjanjian Persahabatan, Kerja Sama, dan Bantuan Timbal Balik Uni Soviet–Korea Utara'], ru: ['Договор о дружбе, сотрудничестве и взаимной помощи между СССР и КНДР', 'Советско-северокорейский договор о дружбе, сотрудничестве и взаимной помощи'], es: ['Tratado de Amistad, Cooperación y Asistencia Mutua entre la URSS y Corea del Norte'] },
  },
  {
    id: 'treaty:prc-dprk-friendship-1961', name: 'Sino-North Korean Mutual Aid and Cooperation Friendship Treaty', kind: 'treaty', signed: '1961-07-11', inForce: '1961-09-10',
    parties: ['country:CN', 'country:KP'],
    names: { en: ['Sino-North Korean Mutual Aid and Cooperation Friendship Treaty', 'China–North Korea Treaty of Friendship, Co-operation and Mutual Assistance'], id: ['Perjanjian Persahabatan Tiongkok–Korea Utara'], ru: ['Китайско-корейский договор о дружбе, сотрудничестве и взаимной помощи'], es: ['Tratado de Amistad Chino-Norcoreano'] },
  },
  {
    id: 'treaty:russia-dprk-friendship-2000', name: 'Treaty of Friendship, Good-Neighbourliness and Cooperation (2000)', kind: 'treaty', signed: '2000-02-09', inForce: '2000-10-30',
    parties: ['country:RU', 'country:KP'],
    // the 1961 treaty lapsed in 1996 (Russia declined to extend it); this one took its place
    replaces: [{ id: 'treaty:ussr-dprk-friendship-1961', basis: 'successor' }],
    names: { en: ['Treaty of Friendship, Good-Neighbourliness and Cooperation between Russia and the DPRK', 'Treaty of Friendship, Good-Neighborliness and Cooperation', 'Treaty of Friendship, Good-Neighbourliness and Cooperation', 'Treaty of Friendship, Good-Neighbourliness and Co-operation', 'Treaty of Friendship, Good-Neighborliness and Co-operation'], id: ['Perjanjian Persahabatan, Bertetangga Baik, dan Kerja Sama'], ru: ['Договор о дружбе, добрососедстве и сотрудничестве', 'Договор о дружбе, добрососедстве и сотрудничестве между Российской Федерацией и КНДР'], es: ['Tratado de Amistad, Buena Vecindad y Cooperación'] },
  },
  {
    id: 'treaty:pyongyang-declaration-2000', name: 'Pyongyang Declaration (2000)', kind: 'declaration', signed: '2000-07-19', parties: ['country:RU', 'country:KP'],
    names: { en: ['Russia–DPRK Pyongyang Declaration', 'Pyongyang Declaration'], id: ['Deklarasi Pyongyang'], ru: ['Пхеньянская декларация', 'Совместная российско-корейская декларация'], es: ['Declaración de Pyongyang'] },
  },
  {
    id: 'treaty:moscow-declaration-2001', name: 'Moscow Declaration (2001)', kind: 'declaration', signed: '2001-08-04', parties: ['country:RU', 'country:KP'],
    names: { en: ['Russia–DPRK Moscow Declaration', 'Moscow Declaration'], id: ['Deklarasi Moskow', 'Deklarasi Moskwa'], ru: ['Московская декларация'], es: ['Declaración de Moscú'] },
  },
  {
    id: 'treaty:russia-dprk-comprehensive-strategic-partnership-2024', name: 'Treaty on Comprehensive Strategic Partnership between Russia and North Korea', kind: 'treaty', signed: '2024-06-19', inForce: '2024-12-04',
    parties: ['country:RU', 'country:KP'],
    replaces: [
      // Article 23 ends the 2000 treaty and the declarations; the 1961 treaty had lapsed in 1996 and was succeeded by the 2000 one
      { id: 'treaty:russia-dprk-friendship-2000', basis: 'legal' },
      { id: 'treaty:pyongyang-declaration-2000', basis: 'declared' }, { id: 'treaty:moscow-declaration-2001', basis: 'declared' },
    ],
    names: {
      en: ['Treaty on Comprehensive Strategic Partnership', 'Comprehensive Strategic Partnership Treaty', 'comprehensive strategic partnership treaty', 'comprehensive strategic partnership agreement', 'comprehensive strategic partnership'],
      id: ['Perjanjian Kemitraan Strategis Komprehensif', 'kemitraan strategis komprehensif', 'pakta kemitraan strategis komprehensif', 'perjanjian kemitraan strategis komprehensif'],
      ru: ['Договор о всеобъемлющем стратегическом партнёрстве', 'договор о всеобъемлющем стратегическом партнерстве', 'всеобъемлющем стратегическом партнерстве', 'всеобъемлющее стратегическое партнёрство'],
      es: ['Tratado de Asociación Estratégica Integral', 'asociación estratégica integral', 'Tratado sobre Asociación Estratégica Integral'],
    },
  },
  {
    id: 'treaty:north-atlantic-treaty', name: 'North Atlantic Treaty', kind: 'treaty', signed: '1949-04-04', inForce: '1949-08-24',
    parties: ['country:US', 'country:GB', 'country:FR', 'country:CA', 'country:BE', 'country:NL', 'country:LU', 'country:DK', 'country:NO', 'country:IS', 'country:IT', 'country:PT'],
    names: { en: ['North Atlantic Treaty', 'Washington Treaty', 'Treaty of Washington (1949)'], id: ['Traktat Atlantik Utara', 'Perjanjian Atlantik Utara'], ru: ['Североатлантический договор', 'Вашингтонский договор'], es: ['Tratado del Atlántico Norte', 'Tratado de Washington'] },
  },
  {
    id: 'treaty:inf-treaty', name: 'Intermediate-Range Nuclear Forces Treaty', kind: 'treaty', signed: '1987-12-08', inForce: '1988-06-01', ended: '2019-08-02',
    parties: ['country:US', 'country:SU'],
    names: { en: ['INF Treaty', 'Intermediate-Range Nuclear Forces Treaty', 'INF'], id: ['Traktat INF', 'Perjanjian INF', 'Perjanjian Kekuatan Nuklir Jarak Menengah'], ru: ['ДРСМД', 'Договор о ликвидации ракет средней и меньшей дальности', 'Договор между СССР и США о ликвидации их ракет средней и меньшей дальности', 'Договор РСМД', 'договор о РСМД'], es: ['Tratado INF', 'Tratado de Fuerzas Nucleares de Rango Intermedio', 'Tratado sobre Fuerzas Nucleares de Alcance Intermedio'] },
  },
  {
    id: 'treaty:start-i', name: 'START I', kind: 'treaty', signed: '1991-07-31', inForce: '1994-12-05', ended: '2009-12-05',
    parties: ['country:US', 'country:SU'],
    names: { en: ['START I', 'START-1', 'Strategic Arms Reduction Treaty', 'START Treaty'], id: ['START I', 'Perjanjian Pengurangan Senjata Strategis'], ru: ['СНВ-1', 'Договор о сокращении и ограничении стратегических наступательных вооружений', 'Договор между СССР и США о сокращении и ограничении стратегических наступательных вооружений'], es: ['START I', 'Tratado de Reducción de Armas Estratégicas'] },
  },
  {
    id: 'treaty:sort', name: 'Strategic Offensive Reductions Treaty', kind: 'treaty', signed: '2002-05-24', inForce: '2003-06-01', ended: '2011-02-05',
    parties: ['country:US', 'country:RU'],
    names: { en: ['SORT', 'Strategic Offensive Reductions Treaty', 'Moscow Treaty'], id: ['SORT', 'Traktat Moskow', 'Traktat Moskwa', 'Perjanjian Moskow'], ru: ['СНП', 'Договор о сокращении стратегических наступательных потенциалов', 'Московский договор'], es: ['SORT', 'Tratado de Moscú', 'Tratado de Reducción de Armas Estratégicas Ofensivas'] },
  },
  {
    id: 'treaty:new-start', name: 'New START', kind: 'treaty', signed: '2010-04-08', inForce: '2011-02-05', ended: '2026-02-05',
    parties: ['country:US', 'country:RU'],
    replaces: [{ id: 'treaty:sort', basis: 'legal' }], related: ['treaty:start-i'],
    names: { en: ['New START', 'New START Treaty', 'START III', 'Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms'], id: ['New START', 'START Baru', 'Perjanjian New START', 'Traktat New START'], ru: ['СНВ-3', 'ДСНВ', 'Договор СНВ-3', 'Договор о мерах по дальнейшему сокращению и ограничению стратегических наступательных вооружений'], es: ['Nuevo START', 'New START', 'tratado Nuevo START'] },
  },
  {
    id: 'treaty:jcpoa', name: 'Joint Comprehensive Plan of Action', kind: 'agreement', signed: '2015-07-14', inForce: '2015-10-18',
    parties: ['country:IR', 'country:US', 'country:GB', 'country:FR', 'country:DE', 'country:RU', 'country:CN', 'org:eu'],
    names: { en: ['Joint Comprehensive Plan of Action', 'JCPOA', 'Iran nuclear deal', 'Iran nuclear agreement'], id: ['Rencana Aksi Komprehensif Bersama', 'JCPOA', 'kesepakatan nuklir Iran', 'perjanjian nuklir Iran'], ru: ['СВПД', 'Совместный всеобъемлющий план действий', 'ядерная сделка', 'ядерная сделка с Ираном'], es: ['Plan de Acción Integral Conjunto', 'PAIC', 'JCPOA', 'acuerdo nuclear con Irán', 'acuerdo nuclear iraní'] },
  },
  {
    id: 'treaty:nafta', name: 'North American Free Trade Agreement', kind: 'agreement', signed: '1992-12-17', inForce: '1994-01-01', ended: '2020-07-01',
    parties: ['country:US', 'country:CA', 'country:MX'],
    names: { en: ['North American Free Trade Agreement', 'NAFTA'], id: ['NAFTA', 'Perjanjian Perdagangan Bebas Amerika Utara'], ru: ['НАФТА', 'Североамериканское соглашение о свободной торговле'], es: ['Tratado de Libre Comercio de América del Norte', 'TLCAN', 'TLC', 'NAFTA'] },
  },
  {
    // Wikipedia "Canada–United States Free Trade Agreement"; suspended by NAFTA in 1994
    id: 'treaty:cusfta', name: 'Canada–United States Free Trade Agreement', kind: 'agreement', signed: '1988-01-02', inForce: '1989-01-01',
    parties: ['country:US', 'country:CA'],
    names: { en: ['Canada–United States Free Trade Agreement', 'Canada-United States Free Trade Agreement', 'Canada–U.S. Free Trade Agreement', 'CUSFTA'], id: ['Perjanjian Perdagangan Bebas Kanada–Amerika Serikat'], ru: ['Канадско-американское соглашение о свободной торговле'], es: ['Tratado de Libre Comercio entre Canadá y Estados Unidos'] },
  },
  {
    id: 'treaty:usmca', name: 'United States–Mexico–Canada Agreement', kind: 'agreement', signed: '2018-11-30', inForce: '2020-07-01',
    parties: ['country:US', 'country:CA', 'country:MX'], replaces: [{ id: 'treaty:nafta', basis: 'legal' }],
    names: { en: ['United States–Mexico–Canada Agreement', 'United States-Mexico-Canada Agreement', 'Canada–United States–Mexico Agreement', 'Canada-United States-Mexico Agreement', 'USMCA', 'CUSMA', 'ACEUM', 'T-MEC'], id: ['USMCA', 'Perjanjian Amerika Serikat–Meksiko–Kanada', 'Perjanjian Amerika Serikat-Meksiko-Kanada', 'CUSMA', 'T-MEC'], ru: ['ЮСМКА', 'USMCA', 'ЮСМКА/USMCA', 'Соглашение США – Мексика – Канада', 'Соглашение США-Мексика-Канада', 'Соглашение между США, Мексикой и Канадой'], es: ['Tratado entre México, Estados Unidos y Canadá', 'T-MEC', 'TMEC'] },
  },
  {
    id: 'treaty:tpp', name: 'Trans-Pacific Partnership', kind: 'agreement', signed: '2016-02-04', parties: ['country:US', 'country:JP', 'country:AU', 'country:CA', 'country:MX', 'country:CL', 'country:PE', 'country:NZ', 'country:SG', 'country:MY', 'country:VN', 'country:BN'],
    names: { en: ['Trans-Pacific Partnership', 'TPP', 'Trans-Pacific Partnership Agreement'], id: ['Kemitraan Trans-Pasifik', 'TPP'], ru: ['Транстихоокеанское партнёрство', 'ТТП'], es: ['Acuerdo Transpacífico de Cooperación Económica', 'TPP', 'Acuerdo de Asociación Transpacífico'] },
  },
  {
    id: 'treaty:cptpp', name: 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership', kind: 'agreement', signed: '2018-03-08', inForce: '2018-12-30',
    parties: ['country:JP', 'country:AU', 'country:CA', 'country:MX', 'country:CL', 'country:PE', 'country:NZ', 'country:SG', 'country:MY', 'country:VN', 'country:BN'], related: ['treaty:tpp'],
    names: { en: ['Comprehensive and Progressive Agreement for Trans-Pacific Partnership', 'CPTPP', 'TPP-11'], id: ['CPTPP', 'Perjanjian Komprehensif dan Progresif untuk Kemitraan Trans-Pasifik'], ru: ['ВПТТП', 'Всеобъемлющее и прогрессивное соглашение о Транстихоокеанском партнёрстве'], es: ['Tratado Integral y Progresista de Asociación Transpacífico', 'CPTPP', 'TIPAT'] },
  },
  {
    id: 'treaty:rcep', name: 'Regional Comprehensive Economic Partnership', kind: 'agreement', signed: '2020-11-15', inForce: '2022-01-01',
    parties: ['country:ID', 'country:MY', 'country:SG', 'country:TH', 'country:PH', 'country:VN', 'country:BN', 'country:KH', 'country:LA', 'country:MM', 'country:CN', 'country:JP', 'country:KR', 'country:AU', 'country:NZ'],
    names: { en: ['Regional Comprehensive Economic Partnership', 'RCEP'], id: ['Kemitraan Ekonomi Komprehensif Regional', 'RCEP'], ru: ['Всестороннее региональное экономическое партнёрство', 'ВРЭП'], es: ['Asociación Económica Integral Regional', 'RCEP'] },
  },
  {
    id: 'treaty:tac', name: 'Treaty of Amity and Cooperation in Southeast Asia', kind: 'treaty', signed: '1976-02-24', inForce: '1976-06-21',
    parties: ['country:ID', 'country:MY', 'country:PH', 'country:SG', 'country:TH'],
    names: { en: ['Treaty of Amity and Cooperation in Southeast Asia', 'Treaty of Amity and Cooperation', 'TAC'], id: ['Perjanjian Persahabatan dan Kerja Sama di Asia Tenggara', 'Traktat Persahabatan dan Kerja Sama di Asia Tenggara', 'Traktat Persahabatan dan Kerja Sama', 'TAC'], ru: ['Договор о дружбе и сотрудничестве в Юго-Восточной Азии'], es: ['Tratado de Amistad y Cooperación en el Sudeste Asiático'] },
  },
  {
    id: 'treaty:minsk-protocol', name: 'Minsk Protocol', kind: 'protocol', signed: '2014-09-05', parties: ['country:UA', 'country:RU', 'org:osce'],
    names: { en: ['Minsk Protocol', 'Minsk I'], id: ['Protokol Minsk'], ru: ['Минский протокол', 'Минск-1'], es: ['Protocolo de Minsk'] },
  },
  {
    id: 'treaty:minsk-ii', name: 'Minsk II', kind: 'agreement', signed: '2015-02-12', parties: ['country:UA', 'country:RU', 'org:osce'], related: ['treaty:minsk-protocol'],
    names: { en: ['Minsk II', 'Package of Measures for the Implementation of the Minsk Agreements', 'Minsk II agreement'], id: ['Minsk II', 'Perjanjian Minsk II'], ru: ['Минск-2', 'Комплекс мер по выполнению Минских соглашений'], es: ['Minsk II', 'Acuerdos de Minsk II'] },
  },
  {
    id: 'treaty:black-sea-grain-initiative', name: 'Black Sea Grain Initiative', kind: 'agreement', signed: '2022-07-22', ended: '2023-07-17', parties: ['country:UA', 'country:RU', 'country:TR', 'org:un'],
    names: { en: ['Black Sea Grain Initiative', 'Black Sea grain deal', 'grain deal', 'Initiative on the Safe Transportation of Grain and Foodstuffs from Ukrainian Ports'], id: ['Inisiatif Gandum Laut Hitam', 'kesepakatan gandum Laut Hitam', 'kesepakatan biji-bijian Laut Hitam'], ru: ['Черноморская зерновая инициатива', 'зерновая сделка', 'зерновой сделки'], es: ['Iniciativa de Granos del Mar Negro', 'acuerdo de granos del mar Negro', 'acuerdo de cereales'] },
  },
  {
    id: 'treaty:tlatelolco', name: 'Treaty of Tlatelolco', kind: 'treaty', signed: '1967-02-14', inForce: '1969-04-25', parties: ['country:MX', 'country:BR', 'country:AR', 'country:CL', 'country:CO', 'country:CU'],
    names: { en: ['Treaty of Tlatelolco', 'Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean', 'Treaty for the Prohibition of Nuclear Weapons in Latin America'], id: ['Perjanjian Tlatelolco', 'Traktat Tlatelolco'], ru: ['Договор Тлателолко', 'Договор о запрещении ядерного оружия в Латинской Америке и Карибском бассейне'], es: ['Tratado de Tlatelolco', 'Tratado para la Proscripción de las Armas Nucleares en la América Latina y el Caribe', 'Tratado para la Proscripción de las Armas Nucleares en América Latina y el Caribe', 'Tratado para la Proscripción de las Armas Nucleares en la América Latina'] },
  },
  {
    id: 'treaty:unclos', name: 'United Nations Convention on the Law of the Sea', kind: 'convention', signed: '1982-12-10', inForce: '1994-11-16', parties: [],
    replaces: [{ id: 'treaty:geneva-conventions-law-of-the-sea-1958', basis: 'declared' }],
    names: { en: ['United Nations Convention on the Law of the Sea', 'UNCLOS', 'Law of the Sea Convention', 'Convention on the Law of the Sea'], id: ['Konvensi Perserikatan Bangsa-Bangsa tentang Hukum Laut', 'Konvensi PBB tentang Hukum Laut', 'Konvensi Hukum Laut Internasional', 'Konvensi Hukum Laut', 'Hukum Perjanjian Laut', 'UNCLOS'], ru: ['Конвенция ООН по морскому праву', 'Конвенция Организации Объединённых Наций по морскому праву', 'ЮНКЛОС'], es: ['Convención de las Naciones Unidas sobre el Derecho del Mar', 'CONVEMAR', 'Convemar', 'UNCLOS', 'Convención sobre el Derecho del Mar'] },
  },
  {
    id: 'treaty:geneva-conventions-law-of-the-sea-1958', name: 'Geneva Conventions on the Law of the Sea (1958)', kind: 'convention', signed: '1958-04-29', inForce: '1962-09-30', parties: [],
    names: { en: ['Geneva Conventions on the Law of the Sea', '1958 Geneva Conventions', 'Convention on the Territorial Sea and the Contiguous Zone', 'Convention on the High Seas', 'Convention on the Continental Shelf'], id: ['Konvensi Jenewa tentang Hukum Laut', 'Konvensi Jenewa 1958', 'Konvensi Hukum Laut Jenewa'], ru: ['Женевские конвенции по морскому праву', 'Женевские конвенции 1958 года', 'Конвенция об открытом море', 'Конвенция о континентальном шельфе'], es: ['Convenciones de Ginebra sobre el Derecho del Mar', 'Convenciones de Ginebra de 1958', 'Convención sobre la Alta Mar'] },
  },
  {
    id: 'treaty:camp-david-accords', name: 'Camp David Accords', kind: 'accord', signed: '1978-09-17', parties: ['country:EG', 'country:IL', 'country:US'],
    names: { en: ['Camp David Accords', 'Camp David Agreements', 'Camp David accords'], id: ['Persetujuan Camp David', 'Perjanjian Camp David', 'Kesepakatan Camp David'], ru: ['Кэмп-Дэвидские соглашения', 'Кэмп-Дэвидское соглашение'], es: ['Acuerdos de Camp David'] },
  },
  {
    id: 'treaty:egypt-israel-peace-treaty', name: 'Egypt-Israel Peace Treaty', kind: 'treaty', signed: '1979-03-26', inForce: '1980-01-18', parties: ['country:EG', 'country:IL'], related: ['treaty:camp-david-accords'],
    names: { en: ['Egypt–Israel peace treaty', 'Egyptian–Israeli peace treaty', 'Israel–Egypt peace treaty', 'Treaty of Peace between the Arab Republic of Egypt and the State of Israel'], id: ['Perjanjian Damai Mesir–Israel', 'perjanjian damai Mesir-Israel', 'perjanjian perdamaian Mesir-Israel'], ru: ['Египетско-израильский мирный договор', 'израильско-египетский мирный договор', 'мирный договор между Египтом и Израилем', 'договор о мире между Израилем и Египтом', 'мирный договор между Израилем и Египтом'], es: ['Tratado de paz egipcio-israelí', 'Tratado de paz entre Egipto e Israel', 'tratado de paz entre Israel y Egipto'] },
  },
  {
    id: 'treaty:sino-soviet-friendship-alliance-1945', name: 'Sino-Soviet Treaty of Friendship and Alliance (1945)', kind: 'treaty', signed: '1945-08-14', parties: ['country:SU', 'country:TW', 'org:kuomintang'],
    names: { en: ['Sino-Soviet Treaty of Friendship and Alliance'], id: ['Perjanjian Persahabatan dan Aliansi Tiongkok-Soviet'], ru: ['Советско-китайский договор о дружбе и союзе'], es: ['Tratado de Amistad y Alianza chino-soviético'] },
  },
  {
    id: 'treaty:sino-soviet-friendship-alliance-mutual-assistance-1950', name: 'Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance', kind: 'treaty', signed: '1950-02-14', inForce: '1950-04-11', ended: '1980-04-11',
    parties: ['country:SU', 'country:CN'], replaces: [{ id: 'treaty:sino-soviet-friendship-alliance-1945', basis: 'declared' }],
    names: { en: ['Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance', 'Treaty of Friendship, Alliance and Mutual Assistance'], id: ['Perjanjian Persahabatan, Aliansi, dan Bantuan Timbal Balik Tiongkok-Soviet'], ru: ['Советско-китайский договор о дружбе, союзе и взаимной помощи', 'Договор о дружбе, союзе и взаимной помощи'], es: ['Tratado de Amistad, Alianza y Asistencia Mutua chino-soviético', 'Tratado de Amistad, Alianza y Asistencia Mutua'] },
  },
  {
    id: 'treaty:baghdad-pact', name: 'Baghdad Pact', kind: 'pact', signed: '1955-02-24', ended: '1979-03-16', parties: ['country:IQ', 'country:TR', 'country:GB', 'country:PK', 'country:IR'],
    names: { en: ['Baghdad Pact', 'Pact of Mutual Cooperation', 'Central Treaty Organization', 'CENTO', 'Middle East Treaty Organization', 'METO', 'Turco-Iraqi Pact'], id: ['Pakta Baghdad', 'CENTO', 'Organisasi Perjanjian Sentral'], ru: ['Багдадский пакт', 'СЕНТО', 'Организация Центрального договора'], es: ['Pacto de Bagdad', 'CENTO', 'Organización del Tratado Central'] },
  },
  {
    id: 'treaty:paris-agreement', name: 'Paris Agreement', kind: 'agreement', signed: '2016-04-22', inForce: '2016-11-04', parties: [], related: ['treaty:kyoto-protocol'],
    names: { en: ['Paris Agreement', 'Paris climate agreement', 'Paris climate accord', 'Paris Accord'], id: ['Perjanjian Paris', 'Kesepakatan Paris', 'Persetujuan Paris'], ru: ['Парижское соглашение', 'Парижское соглашение по климату'], es: ['Acuerdo de París', 'Acuerdo de París sobre el clima'] },
  },
  {
    id: 'treaty:kyoto-protocol', name: 'Kyoto Protocol', kind: 'protocol', signed: '1997-12-11', inForce: '2005-02-16', parties: [],
    names: { en: ['Kyoto Protocol'], id: ['Protokol Kyoto'], ru: ['Киотский протокол'], es: ['Protocolo de Kioto', 'Protocolo de Kyoto'] },
  },
  {
    id: 'treaty:npt', name: 'Treaty on the Non-Proliferation of Nuclear Weapons', kind: 'treaty', signed: '1968-07-01', inForce: '1970-03-05', parties: ['country:US', 'country:SU', 'country:GB'],
    names: { en: ['Treaty on the Non-Proliferation of Nuclear Weapons', 'Non-Proliferation Treaty', 'Nuclear Non-Proliferation Treaty', 'NPT'], id: ['Traktat Nonproliferasi Nuklir', 'Perjanjian Nonproliferasi Nuklir', 'Traktat Non-Proliferasi Senjata Nuklir', 'NPT'], ru: ['Договор о нераспространении ядерного оружия', 'ДНЯО'], es: ['Tratado de No Proliferación Nuclear', 'Tratado sobre la No Proliferación de las Armas Nucleares', 'TNP'] },
  },
  {
    id: 'treaty:warsaw-pact', name: 'Warsaw Pact', kind: 'treaty', signed: '1955-05-14', inForce: '1955-06-04', ended: '1991-07-01', parties: ['country:SU', 'country:PL', 'country:CS', 'country:DD', 'country:HU', 'country:RO', 'country:BG', 'country:AL'],
    names: { en: ['Warsaw Pact', 'Treaty of Friendship, Co-operation and Mutual Assistance (Warsaw)'], id: ['Pakta Warsawa'], ru: ['Варшавский договор'], es: ['Pacto de Varsovia'] },
  },
  {
    id: 'treaty:seato-manila-pact', name: 'Southeast Asia Collective Defense Treaty', kind: 'treaty', signed: '1954-09-08', parties: ['country:US', 'country:GB', 'country:FR', 'country:AU', 'country:NZ', 'country:PK', 'country:PH', 'country:TH'],
    names: { en: ['Southeast Asia Collective Defense Treaty', 'Manila Pact'], id: ['Pakta Manila'], ru: ['Манильский пакт'], es: ['Pacto de Manila'] },
  },
  {
    id: 'treaty:ctbt', name: 'Comprehensive Nuclear-Test-Ban Treaty', kind: 'treaty', signed: '1996-09-24', parties: [],
    names: { en: ['Comprehensive Nuclear-Test-Ban Treaty', 'CTBT'], id: ['Traktat Pelarangan Menyeluruh Uji Coba Nuklir', 'CTBT'], ru: ['Договор о всеобъемлющем запрещении ядерных испытаний', 'ДВЗЯИ'], es: ['Tratado de Prohibición Completa de los Ensayos Nucleares', 'TPCE'] },
  },
  {
    id: 'treaty:abm-treaty', name: 'Anti-Ballistic Missile Treaty', kind: 'treaty', signed: '1972-05-26', inForce: '1972-10-03', ended: '2002-06-13', parties: ['country:US', 'country:SU'],
    names: { en: ['Anti-Ballistic Missile Treaty', 'ABM Treaty'], id: ['Traktat Anti-Rudal Balistik', 'Traktat ABM', 'Perjanjian Antirudal Balistik', 'Traktat Antirudal Balistik'], ru: ['Договор по ПРО', 'Договор об ограничении систем противоракетной обороны'], es: ['Tratado sobre Misiles Antibalísticos', 'Tratado ABM'] },
  },
  {
    id: 'treaty:un-charter', name: 'Charter of the United Nations', kind: 'charter', signed: '1945-06-26', inForce: '1945-10-24', parties: [],
    names: { en: ['Charter of the United Nations', 'UN Charter', 'United Nations Charter'], id: ['Piagam PBB', 'Piagam Perserikatan Bangsa-Bangsa'], ru: ['Устав ООН', 'Устав Организации Объединённых Наций'], es: ['Carta de las Naciones Unidas', 'Carta de la ONU'] },
  },
  {
    id: 'treaty:asean-declaration', name: 'ASEAN Declaration', kind: 'declaration', signed: '1967-08-08', parties: ['country:ID', 'country:MY', 'country:PH', 'country:SG', 'country:TH'],
    names: { en: ['ASEAN Declaration', 'Bangkok Declaration'], id: ['Deklarasi Bangkok', 'Deklarasi ASEAN'], ru: ['Бангкокская декларация'], es: ['Declaración de Bangkok', 'Declaración de la ASEAN'] },
  },
  {
    id: 'treaty:asean-charter', name: 'ASEAN Charter', kind: 'charter', signed: '2007-11-20', inForce: '2008-12-15', parties: [],
    names: { en: ['ASEAN Charter'], id: ['Piagam ASEAN'], ru: ['Устав АСЕАН'], es: ['Carta de la ASEAN'] },
  },
  {
    id: 'treaty:atiga', name: 'ASEAN Trade in Goods Agreement', kind: 'agreement', signed: '2009-02-26', inForce: '2010-05-17', parties: [],
    replaces: [{ id: 'treaty:cept-afta', basis: 'legal' }],
    names: { en: ['ASEAN Trade in Goods Agreement', 'ATIGA'], id: ['Persetujuan Perdagangan Barang ASEAN', 'Perjanjian Perdagangan Barang ASEAN', 'ATIGA'], ru: ['Соглашение АСЕАН о торговле товарами'], es: ['Acuerdo de Comercio de Bienes de la ASEAN', 'ATIGA'] },
  },
  {
    id: 'treaty:cept-afta', name: 'Agreement on the Common Effective Preferential Tariff Scheme for the ASEAN Free Trade Area', kind: 'agreement', signed: '1992-01-28', parties: [],
    names: { en: ['CEPT Agreement', 'Common Effective Preferential Tariff', 'CEPT', 'Agreement on the Common Effective Preferential Tariff Scheme for the ASEAN Free Trade Area'], id: ['Skema Tarif Preferensi Efektif Bersama', 'Skema Tarif Preferensial Efektif Bersama', 'Persetujuan tentang Skema Tarif Preferensial Efektif Bersama', 'CEPT', 'Persetujuan CEPT'], ru: ['Соглашение о единой эффективной преференциальной тарифной схеме'], es: ['Acuerdo CEPT'] },
  },
  {
    id: 'treaty:montreal-protocol', name: 'Montreal Protocol', kind: 'protocol', signed: '1987-09-16', inForce: '1989-01-01', parties: [],
    names: { en: ['Montreal Protocol', 'Montreal Protocol on Substances that Deplete the Ozone Layer'], id: ['Protokol Montreal', 'Protokol Montreal tentang Zat-Zat yang Merusak Lapisan Ozon'], ru: ['Монреальский протокол'], es: ['Protocolo de Montreal'] },
  },
  {
    id: 'treaty:kigali-amendment', name: 'Kigali Amendment', kind: 'protocol', signed: '2016-10-15', inForce: '2019-01-01', parties: [], related: ['treaty:montreal-protocol'],
    names: { en: ['Kigali Amendment', 'Kigali Amendment to the Montreal Protocol'], id: ['Amandemen Kigali'], ru: ['Кигалийская поправка'], es: ['Enmienda de Kigali'] },
  },
  {
    id: 'treaty:helsinki-final-act', name: 'Helsinki Final Act', kind: 'accord', signed: '1975-08-01', parties: [],
    names: { en: ['Helsinki Final Act', 'Helsinki Accords'], id: ['Akta Final Helsinki', 'Persetujuan Helsinki'], ru: ['Хельсинкский заключительный акт', 'Заключительный акт СБСЕ'], es: ['Acta Final de Helsinki', 'Acuerdos de Helsinki'] },
  },
  {
    id: 'treaty:oslo-accords', name: 'Oslo Accords', kind: 'accord', signed: '1993-09-13', parties: ['country:IL', 'org:plo'],
    names: { en: ['Oslo Accords', 'Oslo I Accord', 'Oslo Accord'], id: ['Perjanjian Oslo', 'Kesepakatan Oslo'], ru: ['Соглашения в Осло', 'Соглашения Осло'], es: ['Acuerdos de Oslo'] },
  },
  {
    id: 'treaty:korean-armistice', name: 'Korean Armistice Agreement', kind: 'agreement', signed: '1953-07-27', parties: ['country:KP', 'country:CN', 'org:un'],
    names: { en: ['Korean Armistice Agreement', 'Korean War Armistice'], id: ['Perjanjian Gencatan Senjata Korea'], ru: ['Соглашение о перемирии в Корее'], es: ['Acuerdo de Armisticio de Corea'] },
  },
  {
    id: 'treaty:budapest-memorandum', name: 'Budapest Memorandum', kind: 'memorandum', signed: '1994-12-05', parties: ['country:UA', 'country:RU', 'country:US', 'country:GB'],
    names: { en: ['Budapest Memorandum', 'Budapest Memorandum on Security Assurances'], id: ['Memorandum Budapest'], ru: ['Будапештский меморандум'], es: ['Memorándum de Budapest'] },
  },
  {
    id: 'treaty:maastricht-treaty', name: 'Maastricht Treaty', kind: 'treaty', signed: '1992-02-07', inForce: '1993-11-01', parties: [],
    names: { en: ['Maastricht Treaty', 'Treaty on European Union'], id: ['Perjanjian Maastricht', 'Traktat Maastricht'], ru: ['Маастрихтский договор', 'Договор о Европейском союзе'], es: ['Tratado de Maastricht', 'Tratado de la Unión Europea'] },
  },
  {
    id: 'treaty:lisbon-treaty', name: 'Treaty of Lisbon', kind: 'treaty', signed: '2007-12-13', inForce: '2009-12-01', parties: [],
    names: { en: ['Treaty of Lisbon', 'Lisbon Treaty'], id: ['Perjanjian Lisbon', 'Traktat Lisbon'], ru: ['Лиссабонский договор'], es: ['Tratado de Lisboa'] },
  },
  {
    id: 'treaty:anzus', name: 'ANZUS Treaty', kind: 'treaty', signed: '1951-09-01', parties: ['country:AU', 'country:NZ', 'country:US'],
    names: { en: ['ANZUS Treaty', 'ANZUS', 'Australia, New Zealand, United States Security Treaty'], id: ['Pakta ANZUS', 'ANZUS'], ru: ['АНЗЮС', 'Тихоокеанский пакт безопасности'], es: ['ANZUS', 'Tratado ANZUS'] },
  },
  {
    id: 'treaty:us-japan-security-treaty', name: 'Treaty of Mutual Cooperation and Security between the United States and Japan', kind: 'treaty', signed: '1960-01-19', parties: ['country:US', 'country:JP'],
    names: { en: ['US–Japan Security Treaty', 'Treaty of Mutual Cooperation and Security between the United States and Japan', 'Japan-US Security Treaty'], id: ['Perjanjian Keamanan AS-Jepang'], ru: ['Японо-американский договор безопасности', 'Договор о взаимном сотрудничестве и гарантиях безопасности'], es: ['Tratado de Cooperación Mutua y Seguridad entre Estados Unidos y Japón'] },
  },
  {
    id: 'treaty:csto-treaty', name: 'Collective Security Treaty', kind: 'treaty', signed: '1992-05-15', parties: ['country:RU', 'country:AM', 'country:KZ', 'country:KG', 'country:TJ', 'country:UZ'],
    names: { en: ['Collective Security Treaty', 'Tashkent Treaty'], id: ['Traktat Keamanan Kolektif'], ru: ['Договор о коллективной безопасности', 'Ташкентский договор'], es: ['Tratado de Seguridad Colectiva'] },
  },
  {
    id: 'treaty:outer-space-treaty', name: 'Outer Space Treaty', kind: 'treaty', signed: '1967-01-27', inForce: '1967-10-10', parties: [],
    names: { en: ['Outer Space Treaty'], id: ['Traktat Luar Angkasa', 'Perjanjian Luar Angkasa'], ru: ['Договор о космосе'], es: ['Tratado sobre el espacio ultraterrestre'] },
  },
  {
    id: 'treaty:partial-test-ban-treaty', name: 'Partial Nuclear Test Ban Treaty', kind: 'treaty', signed: '1963-08-05', parties: ['country:US', 'country:SU', 'country:GB'],
    names: { en: ['Partial Nuclear Test Ban Treaty', 'Partial Test Ban Treaty', 'Limited Test Ban Treaty', 'PTBT', 'LTBT'], id: ['Traktat Pelarangan Sebagian Uji Coba Nuklir'], ru: ['Договор о запрещении испытаний ядерного оружия в атмосфере, космическом пространстве и под водой', 'Московский договор 1963 года'], es: ['Tratado de Prohibición Parcial de Ensayos Nucleares'] },
  },
  {
    id: 'treaty:salt-i', name: 'SALT I', kind: 'agreement', signed: '1972-05-26', parties: ['country:US', 'country:SU'],
    names: { en: ['SALT I', 'Interim Agreement on Strategic Offensive Arms'], id: ['SALT I'], ru: ['ОСВ-1'], es: ['SALT I'] },
  },
  {
    id: 'treaty:salt-ii', name: 'SALT II', kind: 'treaty', signed: '1979-06-18', parties: ['country:US', 'country:SU'], related: ['treaty:salt-i'],
    names: { en: ['SALT II'], id: ['SALT II'], ru: ['ОСВ-2'], es: ['SALT II'] },
  },
  {
    id: 'treaty:start-ii', name: 'START II', kind: 'treaty', signed: '1993-01-03', parties: ['country:US', 'country:RU'],
    names: { en: ['START II'], id: ['START II'], ru: ['СНВ-2'], es: ['START II'] },
  },
  {
    id: 'treaty:cfe-treaty', name: 'Treaty on Conventional Armed Forces in Europe', kind: 'treaty', signed: '1990-11-19', inForce: '1992-11-09', parties: [],
    names: { en: ['Treaty on Conventional Armed Forces in Europe', 'CFE Treaty'], id: ['Traktat Angkatan Bersenjata Konvensional di Eropa'], ru: ['Договор об обычных вооружённых силах в Европе', 'ДОВСЕ'], es: ['Tratado sobre Fuerzas Armadas Convencionales en Europa', 'FACE'] },
  },
  {
    id: 'treaty:open-skies', name: 'Treaty on Open Skies', kind: 'treaty', signed: '1992-03-24', inForce: '2002-01-01', parties: [],
    names: { en: ['Treaty on Open Skies', 'Open Skies Treaty'], id: ['Traktat Langit Terbuka'], ru: ['Договор по открытому небу'], es: ['Tratado de Cielos Abiertos'] },
  },
  {
    id: 'treaty:tpnw', name: 'Treaty on the Prohibition of Nuclear Weapons', kind: 'treaty', signed: '2017-09-20', inForce: '2021-01-22', parties: [],
    names: { en: ['Treaty on the Prohibition of Nuclear Weapons', 'TPNW', 'Nuclear Weapon Ban Treaty'], id: ['Traktat Pelarangan Senjata Nuklir'], ru: ['Договор о запрещении ядерного оружия'], es: ['Tratado sobre la Prohibición de las Armas Nucleares', 'TPAN'] },
  },
  {
    id: 'treaty:bangkok-treaty', name: 'Treaty on the Southeast Asia Nuclear Weapon-Free Zone', kind: 'treaty', signed: '1995-12-15', inForce: '1997-03-28', parties: [],
    names: { en: ['Treaty on the Southeast Asia Nuclear Weapon-Free Zone', 'Bangkok Treaty', 'SEANWFZ Treaty', 'SEANWFZ'], id: ['Traktat Kawasan Bebas Senjata Nuklir Asia Tenggara', 'Traktat Bangkok', 'SEANWFZ'], ru: ['Бангкокский договор', 'Договор о зоне, свободной от ядерного оружия, в Юго-Восточной Азии'], es: ['Tratado de Bangkok'] },
  },
  {
    id: 'treaty:geneva-conventions-1949', name: 'Geneva Conventions (1949)', kind: 'convention', signed: '1949-08-12', parties: [],
    names: { en: ['Geneva Conventions', 'Fourth Geneva Convention'], id: ['Konvensi Jenewa'], ru: ['Женевские конвенции'], es: ['Convenios de Ginebra'] },
  },
  {
    id: 'treaty:dayton-agreement', name: 'Dayton Agreement', kind: 'agreement', signed: '1995-12-14', parties: [],
    names: { en: ['Dayton Agreement', 'Dayton Accords', 'Dayton Peace Agreement'], id: ['Perjanjian Dayton'], ru: ['Дейтонские соглашения'], es: ['Acuerdos de Dayton'] },
  },
  {
    id: 'treaty:good-friday-agreement', name: 'Good Friday Agreement', kind: 'agreement', signed: '1998-04-10', parties: ['country:GB', 'country:IE'],
    names: { en: ['Good Friday Agreement', 'Belfast Agreement'], id: ['Perjanjian Jumat Agung'], ru: ['Белфастское соглашение'], es: ['Acuerdo de Viernes Santo'] },
  },
  {
    id: 'treaty:abraham-accords', name: 'Abraham Accords', kind: 'accord', signed: '2020-09-15', parties: ['country:IL', 'country:AE', 'country:BH', 'country:US'],
    names: { en: ['Abraham Accords'], id: ['Perjanjian Abraham', 'Kesepakatan Abraham'], ru: ['Авраамовы соглашения', 'Соглашения Авраама'], es: ['Acuerdos de Abraham'] },
  },
  {
    id: 'treaty:colombia-farc-peace-agreement', name: 'Colombian peace agreement (2016)', kind: 'agreement', signed: '2016-11-24', parties: ['country:CO'],
    names: { en: ['Colombian peace agreement', 'Havana peace accords'], id: ['Perjanjian damai Kolombia'], ru: ['Мирное соглашение в Колумбии'], es: ['Acuerdo de Paz de Colombia', 'Acuerdos de La Habana', 'Acuerdo Final para la Terminación del Conflicto'] },
  },
  {
    id: 'treaty:treaty-of-rome', name: 'Treaty of Rome', kind: 'treaty', signed: '1957-03-25', parties: [],
    names: { en: ['Treaty of Rome', 'Treaty establishing the European Economic Community'], id: ['Perjanjian Roma'], ru: ['Римский договор'], es: ['Tratado de Roma'] },
  },
  {
    id: 'treaty:sino-russian-friendship-2001', name: 'Sino-Russian Treaty of Friendship (2001)', kind: 'treaty', signed: '2001-07-16', parties: ['country:RU', 'country:CN'],
    names: { en: ['Sino-Russian Treaty of Friendship', 'Treaty of Good-Neighborliness and Friendly Cooperation'], id: ['Perjanjian Persahabatan Tiongkok-Rusia'], ru: ['Договор о добрососедстве, дружбе и сотрудничестве между Российской Федерацией и Китайской Народной Республикой', 'Российско-китайский договор о добрососедстве'], es: ['Tratado de Buena Vecindad y Cooperación Amistosa'] },
  },
  {
    id: 'treaty:two-plus-four', name: 'Treaty on the Final Settlement with Respect to Germany', kind: 'treaty', signed: '1990-09-12', inForce: '1991-03-15', parties: ['country:DE-W', 'country:DD', 'country:SU', 'country:US', 'country:GB', 'country:FR'],
    names: { en: ['Treaty on the Final Settlement with Respect to Germany', 'Two Plus Four Agreement', 'Two Plus Four Treaty'], id: ['Perjanjian Dua Tambah Empat'], ru: ['Договор об окончательном урегулировании в отношении Германии', 'Договор «Два плюс четыре»', 'Два плюс четыре'], es: ['Tratado sobre el Acuerdo Final con Respecto a Alemania', 'Tratado Dos más Cuatro'] },
  },
  {
    id: 'treaty:german-polish-border-treaty', name: 'German-Polish Border Treaty', kind: 'treaty', signed: '1990-11-14', parties: ['country:DE', 'country:PL'],
    names: { en: ['German–Polish Border Treaty', 'German-Polish Border Treaty'], id: ['Perjanjian Perbatasan Jerman-Polandia'], ru: ['германо-польский договор', 'Германо-польский договор о границе'], es: ['Tratado fronterizo germano-polaco'] },
  },
  {
    id: 'treaty:vienna-convention-ozone', name: 'Vienna Convention for the Protection of the Ozone Layer', kind: 'convention', signed: '1985-03-22', inForce: '1988-09-22', parties: [],
    names: { en: ['Vienna Convention for the Protection of the Ozone Layer'], id: ['Konvensi Wina untuk Perlindungan Lapisan Ozon', 'Konvensi Wina'], ru: ['Венская конвенция об охране озонового слоя'], es: ['Convenio de Viena para la Protección de la Capa de Ozono'] },
  },
  {
    id: 'treaty:joint-plan-of-action', name: 'Joint Plan of Action (2013)', kind: 'agreement', signed: '2013-11-24', parties: ['country:IR', 'country:US', 'country:GB', 'country:FR', 'country:DE', 'country:RU', 'country:CN'],
    names: { en: ['Joint Plan of Action', 'interim Joint Plan of Action', 'Geneva interim agreement'], id: ['Rencana Aksi Bersama'], ru: ['Совместный план действий'], es: ['Plan de Acción Conjunto'] },
  },
  {
    id: 'treaty:panama-canal-treaty', name: 'Panama Canal Treaty', kind: 'treaty', signed: '1977-09-07', inForce: '1979-10-01', parties: ['country:PA', 'country:US'], replaces: [{ id: 'treaty:hay-bunau-varilla', basis: 'legal' }],
    names: { en: ['Panama Canal Treaty', 'Torrijos–Carter Treaties', 'Torrijos-Carter Treaties'], id: ['Perjanjian Torrijos-Carter'], ru: ['Договор о Панамском канале', 'Договоры Торрихос — Картер'], es: ['Tratado del Canal de Panamá', 'Tratados Torrijos-Carter', 'Tratado Torrijos-Carter'] },
  },
  {
    id: 'treaty:panama-canal-neutrality-treaty', name: 'Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal', kind: 'treaty', signed: '1977-09-07', inForce: '1979-10-01', parties: ['country:PA', 'country:US'],
    names: { en: ['Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal', 'Neutrality Treaty'], id: ['Perjanjian Netralitas Terusan Panama'], ru: ['Договор о постоянном нейтралитете и эксплуатации Панамского канала'], es: ['Tratado concerniente a la Neutralidad Permanente y al Funcionamiento del Canal de Panamá', 'Tratado de Neutralidad'] },
  },
  {
    id: 'treaty:hay-bunau-varilla', name: 'Hay-Bunau-Varilla Treaty (1903)', kind: 'treaty', signed: '1903-11-18', parties: ['country:PA', 'country:US'],
    names: { en: ['Hay–Bunau-Varilla Treaty', 'Hay-Bunau-Varilla Treaty'], id: ['Perjanjian Hay-Bunau-Varilla'], ru: ['Договор Хея — Бюно-Варильи'], es: ['Tratado Hay-Bunau Varilla', 'Tratado Hay-Bunau-Varilla'] },
  },
  {
    id: 'treaty:european-constitution', name: 'Treaty establishing a Constitution for Europe', kind: 'treaty', signed: '2004-10-29', parties: [],
    names: { en: ['Treaty establishing a Constitution for Europe', 'European Constitution'], id: ['Konstitusi Eropa'], ru: ['Договор о введении Конституции для Европы', 'Европейская конституция'], es: ['Tratado por el que se establece una Constitución para Europa', 'Constitución Europea'] },
  },
  {
    id: 'treaty:csto-charter', name: 'Charter of the Collective Security Treaty Organization', kind: 'charter', signed: '2002-10-07', parties: [],
    names: { en: ['Charter of the Collective Security Treaty Organization', 'CSTO Charter'], id: ['Piagam CSTO'], ru: ['Устав Организации Договора о коллективной безопасности', 'Устав ОДКБ'], es: ['Carta de la OTSC'] },
  },
  {
    id: 'treaty:russia-un-memorandum-2022', name: 'Memorandum of Understanding between Russia and the UN on food and fertilizer exports', kind: 'memorandum', signed: '2022-07-22', parties: ['country:RU', 'org:un'],
    names: { en: ['Russia–UN memorandum on food and fertilizer exports'], id: ['Memorandum Rusia-PBB'], ru: ['меморандум о содействии экспорту российского продовольствия и удобрений', 'меморандум Россия — ООН'], es: ['memorando entre Rusia y la ONU'] },
  },
  {
    id: 'treaty:spain-nato-accession-protocol', name: 'Protocol to the North Atlantic Treaty on the Accession of Spain', kind: 'protocol', signed: '1981-12-10', parties: ['country:ES'],
    names: { en: ['Protocol on the Accession of Spain'], id: [], ru: [], es: ['Protocolo de adhesión de España'] },
  },
];
