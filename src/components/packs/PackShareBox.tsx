// Link, QR code, copy, the phone's share sheet and print, for the pack the builder has made. The same
// markup and classes as PackShare.astro (which serves curated and custom pack pages).
import { useEffect, useRef, useState } from 'react';
import { fillTemplate } from '../../lib/i18n/fill-template';
import { makeQrSvg } from './custom-pack-client';
import type { PackBuilderMessages } from './pack-builder-messages';

interface Props {
  param: string;
  title: string;
  messages: PackBuilderMessages;
}

export function PackShareBox({ param, title, messages: m }: Props) {
  const qrRef = useRef<HTMLDivElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [canShare, setCanShare] = useState(false);
  const url = new URL(`/packs/custom/?p=${param}`, location.origin).href;
  const caption = fillTemplate(m['packs.qrCaption'], { title });

  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);

  // The QR code is drawn a moment after typing stops; React leaves this box's children to us.
  useEffect(() => {
    const box = qrRef.current;
    if (!box) return;
    if (!box.querySelector('svg')) box.replaceChildren(document.createTextNode(m['packs.qrLoading']));
    let current = true;
    const timer = window.setTimeout(() => {
      makeQrSvg(url)
        .then((svg) => {
          if (current) box.replaceChildren(svg);
        })
        .catch(() => {
          if (current) box.replaceChildren(document.createTextNode(m['packs.qrFailed']));
        });
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [url, m]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(m['packs.copied']);
    } catch {
      linkRef.current?.select();
      setStatus(m['packs.copyFailed']);
    }
  };

  return (
    <div className="pack-share">
      <h2 id="share-heading">{m['packs.share']}</h2>
      <p>{m['packs.shareLead']}</p>
      <figure className="pack-share__qr">
        <div className="pack-share__qr-code" ref={qrRef} data-qr role="img" aria-label={caption} />
        <figcaption data-qr-caption>{caption}</figcaption>
      </figure>
      <p className="pack-share__link">
        <label htmlFor="pack-link">{m['packs.link']}</label>
        <input id="pack-link" type="url" readOnly value={url} ref={linkRef} data-link />
      </p>
      <p className="pack-share__actions yt-no-print">
        <button type="button" className="yt-button" data-copy onClick={() => void copy()}>
          {m['packs.copy']}
        </button>
        {canShare && (
          <button type="button" className="yt-button" data-share onClick={() => void navigator.share({ title, url }).catch(() => undefined)}>
            {m['packs.shareButton']}
          </button>
        )}
        <a className="yt-button" href={`/packs/custom/print/?p=${param}`} data-print>
          {m['packs.printA5']}
        </a>
      </p>
      <p className="pack-share__status" role="status" data-status>
        {status}
      </p>
    </div>
  );
}
