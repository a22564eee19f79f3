/** A tiny levelled logger writing one line per message to stderr (stdout stays for data). */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const ORDER = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;

export function createLogger(
  level: keyof typeof ORDER = 'info',
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const at = (l: keyof typeof ORDER) => (message: string) => {
    if (ORDER[l] >= ORDER[level]) write(`[pactline] ${l === 'info' ? '' : `${l}: `}${message}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
