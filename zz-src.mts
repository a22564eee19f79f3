import { datePatterns } from './server/extract/resolve-dates';
import { LEXICONS } from './server/extract/lexicons/index';
for (const [l, k] of [['es', 'semanas?'], ['en', 'wednesday'], ['ru', '(\\d{4})(?:\\s*(?:году'], ['ru', 'воскресенье'], ['id', 'setahun'], ['id', '(\\d{4})-(\\d{2})']] as const)
  for (const p of datePatterns(LEXICONS[l]!)) if (p.source.includes(k)) console.log(l, JSON.stringify(p.gate?.map((g) => g.literal)), p.required, '\n ', p.source, '\n');
