/**
 * Companies that news of sanctions, trade and energy names as actors: state-owned and sanctioned banks, energy,
 * arms and transport firms, with their names in all five languages (the companies' own sites and Wikipedia in each
 * language). Merged into `organizations.ts`.
 */
import type { InstitutionRow } from './institutions';

export const COMPANY_ROWS: InstitutionRow[] = [
  // Russian banks
  [
    'sberbank',
    'Sberbank',
    ['Sberbank'],
    ['Sberbank'],
    ['Сбербанк', 'Сбербанк России', 'Сбер'],
    ['Sberbank'],
    ['Sberbank'],
  ],
  ['vtb', 'VTB', ['VTB', 'VTB Bank'], ['VTB', 'Bank VTB'], ['ВТБ', 'Банк ВТБ'], ['VTB'], ['VTB']],
  ['gazprombank', 'Gazprombank', ['Gazprombank'], ['Gazprombank'], ['Газпромбанк'], ['Gazprombank'], ['Gazprombank']],
  [
    'vnesheconombank',
    'VEB.RF',
    ['VEB.RF', 'Vnesheconombank', 'VEB'],
    ['VEB'],
    ['ВЭБ.РФ', 'Внешэкономбанк', 'ВЭБ'],
    ['VEB'],
    ['VEB'],
  ],
  ['alfa-bank', 'Alfa-Bank', ['Alfa-Bank', 'Alfa Bank'], ['Alfa-Bank'], ['Альфа-Банк'], ['Alfa-Bank'], ['Alfa-Bank']],
  [
    'promsvyazbank',
    'Promsvyazbank',
    ['Promsvyazbank'],
    ['Promsvyazbank'],
    ['Промсвязьбанк'],
    ['Promsvyazbank'],
    ['Promsvyazbank'],
  ],
  // Russian energy, arms and transport
  ['gazprom', 'Gazprom', ['Gazprom'], ['Gazprom'], ['Газпром'], ['Gazprom'], ['Gazprom']],
  ['rosneft', 'Rosneft', ['Rosneft'], ['Rosneft'], ['Роснефть'], ['Rosneft'], ['Rosneft']],
  ['lukoil', 'Lukoil', ['Lukoil', 'LUKOIL'], ['Lukoil'], ['Лукойл', 'ЛУКОЙЛ'], ['Lukoil'], ['Lukoil']],
  ['novatek', 'Novatek', ['Novatek', 'NOVATEK'], ['Novatek'], ['Новатэк', 'НОВАТЭК'], ['Novatek'], ['Novatek']],
  ['transneft', 'Transneft', ['Transneft'], ['Transneft'], ['Транснефть'], ['Transneft'], ['Transneft']],
  ['rosatom', 'Rosatom', ['Rosatom'], ['Rosatom'], ['Росатом'], ['Rosatom'], ['Rosatom']],
  ['rostec', 'Rostec', ['Rostec'], ['Rostec'], ['Ростех'], ['Rostec'], ['Rostec']],
  [
    'rosoboronexport',
    'Rosoboronexport',
    ['Rosoboronexport'],
    ['Rosoboronexport'],
    ['Рособоронэкспорт'],
    ['Rosoboronexport'],
    ['Rosoboronexport'],
  ],
  ['aeroflot', 'Aeroflot', ['Aeroflot'], ['Aeroflot'], ['Аэрофлот'], ['Aeroflot'], ['Aeroflot']],
  ['alrosa', 'Alrosa', ['Alrosa', 'ALROSA'], ['Alrosa'], ['Алроса', 'АЛРОСА'], ['Alrosa'], ['Alrosa']],
  [
    'chornomornaftogaz',
    'Chornomornaftogaz',
    ['Chornomornaftogaz'],
    ['Chornomornaftogaz'],
    ['Черноморнефтегаз'],
    ['Chornomornaftogaz'],
    ['Chornomornaftogaz'],
  ],
  ['naftogaz', 'Naftogaz', ['Naftogaz'], ['Naftogaz'], ['Нафтогаз'], ['Naftogaz'], ['Naftogaz']],
  // state oil and gas of other states named in sanctions and trade news
  [
    'pdvsa',
    'PDVSA',
    ['PDVSA', 'Petróleos de Venezuela'],
    ['PDVSA'],
    ['PDVSA'],
    ['PDVSA', 'Petróleos de Venezuela'],
    ['PDVSA'],
  ],
  [
    'pemex',
    'Pemex',
    ['Pemex', 'Petróleos Mexicanos'],
    ['Pemex'],
    ['Pemex'],
    ['Pemex', 'Petróleos Mexicanos'],
    ['Pemex'],
  ],
  ['pertamina', 'Pertamina', ['Pertamina'], ['Pertamina'], ['Пертамина'], ['Pertamina'], ['Pertamina']],
  ['huawei', 'Huawei', ['Huawei'], ['Huawei'], ['Huawei', 'Хуавэй'], ['Huawei'], ['Huawei']],
  ['zte', 'ZTE', ['ZTE'], ['ZTE'], ['ZTE'], ['ZTE'], ['ZTE']],
  ['bayer', 'Bayer', ['Bayer'], ['Bayer'], ['Bayer', 'Байер'], ['Bayer'], ['Bayer']],
];
