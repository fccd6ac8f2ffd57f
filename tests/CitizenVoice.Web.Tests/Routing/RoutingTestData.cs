using CitizenVoice.Core.Routing;
using CitizenVoice.Web.Tests.Infrastructure;
using CitizenVoice.Web.Tests.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Routing;

/// <summary>Submissions through the portal form and runs of the classification job, for the routing tests.</summary>
public static class RoutingTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task SubmitAsync(CitizenVoiceApp app, string? title = null, string? content = null)
    {
        using var portal = app.CreateClient();
        var fields = PortalForms.ValidPetition();
        fields["title"] = title ?? fields["title"];
        fields["content"] = content ?? fields["content"];
        (await PortalForms.PostSubmissionAsync(portal, fields, Ct)).EnsureSuccessStatusCode();
    }

    public static Task<int> RunJobAsync(CitizenVoiceApp app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ClassifyPendingSubmissionsJob>().RunAsync(Ct));
}
