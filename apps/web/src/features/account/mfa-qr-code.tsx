import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The otpauth:// URL as a QR code, drawn as SVG in an <img> (a data: URL the Content Security
 * Policy allows, and no markup injected into the page).
 */
export function MfaQrCode({ otpauthUrl }: { otpauthUrl: string }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      .then((svg) => {
        if (!cancelled) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        // The manual key below the code is the fallback.
      });
    return () => {
      cancelled = true;
    };
  }, [otpauthUrl]);

  return (
    <div className="mfa-qr">
      {source && <img src={source} width={220} height={220} alt={t('account.mfa.qrAlt')} data-testid="mfa-qr-code" />}
    </div>
  );
}
