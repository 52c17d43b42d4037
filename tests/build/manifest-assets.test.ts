// Every image the built manifest names (icons and install-sheet screenshots) is in dist/, is a PNG,
// and has the pixel size the manifest declares: a missing or mis-sized file makes browsers drop the
// richer install sheet without a word. Reads dist/ (npm test builds first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface ManifestImage {
  src: string;
  sizes: string;
  type?: string;
}

const manifestPath = 'dist/manifest.webmanifest';
const manifest = existsSync(manifestPath)
  ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { icons: ManifestImage[]; screenshots?: ManifestImage[]; shortcuts?: { icons?: ManifestImage[] }[] })
  : undefined;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), or undefined if not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('pngSize', () => {
  it('reads a PNG header and refuses anything else', () => {
    const header = Buffer.concat([PNG_SIGNATURE, Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.from([0, 0, 1, 134, 0, 0, 3, 76])]);
    expect(pngSize(header)).toEqual({ width: 390, height: 844 });
    expect(pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
  });
});

describe('the manifest images', () => {
  it('exist: npm test builds the site first', () => {
    expect(manifest, `${manifestPath} missing: run npm run build`).toBeDefined();
  });
  // Shortcuts reuse the icons: each file and size once.
  const images = [
    ...new Map(
      [...(manifest?.icons ?? []), ...(manifest?.screenshots ?? []), ...(manifest?.shortcuts ?? []).flatMap((s) => s.icons ?? [])].map((image) => [
        `${image.src} ${image.sizes}`,
        image,
      ]),
    ).values(),
  ];
  it('include the three install-sheet screenshots', () => {
    expect(manifest?.screenshots?.length).toBe(3);
  });
  it.each(images.map((image) => [image.src, image] as const))('%s is in dist/ with its declared size', (src, image) => {
    const file = join('dist', src);
    expect(existsSync(file), `${file} missing (screenshots: npm run build && npm run screenshots:manifest)`).toBe(true);
    const size = pngSize(readFileSync(file));
    expect(size, `${file} is not a PNG`).toBeDefined();
    expect(`${size?.width}x${size?.height}`).toBe(image.sizes);
    if (image.type) expect(image.type).toBe('image/png');
  });
});
