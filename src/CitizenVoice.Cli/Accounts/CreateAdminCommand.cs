using CitizenVoice.Cli.Commands;
using CitizenVoice.Core;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Data.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Cli.Accounts;

/// <summary>
/// `create-admin --email E --name "Họ Tên" --unit CODE`: the first administrator of a real installation. Prints a
/// one-time activation link (72 hours) to set the password; the second factor is enrolled at first sign-in.
/// </summary>
public sealed class CreateAdminCommand : ICliCommand
{
    string ICliCommand.Name => "create-admin";

    string ICliCommand.Summary => "create an administrator (--email, --name, --unit CODE) and print a one-time activation link";

    IReadOnlyCollection<string> ICliCommand.Options { get; } = ["email", "name", "unit", CliArguments.ConnectionOption];

    async Task<int> ICliCommand.RunAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var email = args.Require("email");
        var name = args.Require("name");
        var unit = args.Require("unit");
        await using var services = CliServices.Build(args, (s, configuration) => s.AddCitizenVoiceCore(configuration).AddStaffAccountsCore());
        await using var scope = services.CreateAsyncScope();
        return await CreateAsync(scope.ServiceProvider, email, name, unit, Console.Out, Console.Error, cancellationToken);
    }

    /// <summary>The command's work on a given service scope (the CLI's, or a test app's). Returns the exit code.</summary>
    public static async Task<int> CreateAsync(IServiceProvider services, string email, string name, string unitCode, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<CreateStaffAccount>().ExecuteAsync(null,
            new CreateStaffAccountRequest(email, name, StaffRoles.Administrator, unitCode), cancellationToken);
        if (result.User is not { } user)
        {
            foreach (var (field, messages) in result.Errors.ByField)
            {
                await error.WriteLineAsync($"--{(field == "fullName" ? "name" : field == "unitCode" ? "unit" : field)}: {string.Join(" ", messages)}");
            }

            return 1;
        }

        var audit = services.GetRequiredService<Core.Audit.AuditLog>();
        await audit.RecordAsync(null, Core.Audit.AuditActions.AccountChange, "account", user.Id,
            $"Tạo quản trị viên {user.Email} tại đơn vị {user.UnitCode} bằng lệnh create-admin", cancellationToken);
        var (link, expiresAt) = await services.GetRequiredService<InvitationLinks>().CreateAsync(user);
        await output.WriteLineAsync($"Created administrator {user.Email} ({user.FullName}) at unit {user.UnitCode}.");
        await output.WriteLineAsync($"Activation link (one use, expires {expiresAt:yyyy-MM-dd HH:mm} UTC): {link}");
        await output.WriteLineAsync("Open it to set the password; two-factor sign-in is set up at first sign-in.");
        return 0;
    }
}
