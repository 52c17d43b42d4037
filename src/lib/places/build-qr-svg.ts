import QRCode from 'qrcode';

/**
 * A QR code as an SVG string (black modules on white, with a quiet zone), error correction M: enough
 * to survive a worn door sign, small enough to scan from arm's length.
 */
export async function buildQrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
