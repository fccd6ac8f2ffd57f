using System.Text;
using QRCoder;

namespace CitizenVoice.Web.Account;

/// <summary>What an authenticator app needs: the otpauth URI (as a QR code drawn on the server) and the key as text.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri)
{
    public const string Issuer = "CitizenVoice";

    public static AuthenticatorSetup For(string accountName, string key) =>
        new(key, $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(accountName)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>The key in groups of four, easier to type into a phone.</summary>
    public string GroupedKey
    {
        get
        {
            var sb = new StringBuilder();
            for (var i = 0; i < Key.Length; i += 4)
            {
                sb.Append(Key.AsSpan(i, Math.Min(4, Key.Length - i))).Append(' ');
            }

            return sb.ToString().TrimEnd().ToLowerInvariant();
        }
    }

    /// <summary>A PNG data URI: the content security policy allows data: images but no inline styles (which an inline SVG would need).</summary>
    public string QrCodeDataUri()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
