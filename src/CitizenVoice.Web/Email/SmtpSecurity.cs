namespace CitizenVoice.Web.Email;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
