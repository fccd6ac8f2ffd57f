namespace CitizenVoice.Web.Tests.Infrastructure;

/// <summary>
/// External services some tests need. Under CI (CI=true) a missing service fails the test, because CI installs them;
/// on a developer machine the test is skipped with a message saying what to set.
/// </summary>
public static class TestEnvironment
{
    public const string PostgresVariable = "CITIZENVOICE_TEST_POSTGRES";
    public const string SmtpPortVariable = "CITIZENVOICE_TEST_SMTP_PORT";
    public const string SmtpMailboxVariable = "CITIZENVOICE_TEST_SMTP_MAILBOX";
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>An admin connection string to a PostgreSQL server on which tests may create databases.</summary>
    public static string RequirePostgres() =>
        Require(PostgresVariable, "a PostgreSQL connection string (see .ci/run)");

    public static (int Port, string Mailbox) RequireSmtp()
    {
        var port = Require(SmtpPortVariable, "the port of an SMTP server on loopback (python3 -m aiosmtpd, see .ci/run)");
        var mailbox = Require(SmtpMailboxVariable, "the mailbox folder the SMTP server writes to");
        return (int.Parse(port, System.Globalization.CultureInfo.InvariantCulture), mailbox);
    }

    public static string RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return ChromiumPath;
        }

        return Unavailable($"Chromium at {ChromiumPath} (apt-get install chromium)");
    }

    private static string Require(string variable, string what)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value) ? Unavailable($"{what}: set {variable}") : value;
    }

    private static string Unavailable(string what)
    {
        if (IsCi)
        {
            throw new InvalidOperationException($"CI=true but this test needs {what}.");
        }

        Assert.Skip($"Skipped: needs {what}.");
        return "";
    }
}
