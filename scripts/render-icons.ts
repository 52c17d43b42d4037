// Renders the app icons from one SVG (public/icons/icon.svg) with sharp; run after changing the SVG
// and commit the PNGs. Maskable icons keep the artwork inside the central safe zone (80 %).
import sharp from 'sharp';

const source = 'public/icons/icon.svg';
for (const size of [192, 512]) {
  await sharp(source).resize(size, size).png().toFile(`public/icons/icon-${size}.png`);
  const inner = Math.round(size * 0.7);
  const art = await sharp(source).resize(inner, inner).png().toBuffer();
  await sharp({ create: { width: size, height: size, channels: 4, background: '#084c37' } })
    .composite([{ input: art, gravity: 'center' }])
    .png()
    .toFile(`public/icons/maskable-${size}.png`);
}
console.log('icons written to public/icons/');
