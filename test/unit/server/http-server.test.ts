import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../server/http-server';

describe('resolveStaticPath', () => {
  it('resolveStaticPath("/srv/app", "/assets/a.js") stays inside the root', () => {
    expect(resolveStaticPath('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
  });
  it.each(['/../etc/passwd', '/%2e%2e/etc/passwd', '/assets/../../x', '/%00', '/%E0%A4%A'])(
    'resolveStaticPath("/srv/app", %j) is null',
    (path) => {
      expect(resolveStaticPath('/srv/app', path)).toBeNull();
    },
  );
});
