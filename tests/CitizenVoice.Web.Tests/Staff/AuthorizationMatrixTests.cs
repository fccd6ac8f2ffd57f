using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CitizenVoice.Core.Accounts;
using CitizenVoice.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CitizenVoice.Web.Tests.Staff;

/// <summary>
/// Every back-office page and staff API endpoint, found from the app's own endpoint table (so what other features add
/// later is covered without editing this test), against every role and anonymous callers; and item routes against
/// staff of another unit guessing ids.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryStaffRouteRefusesWhoeverItsPolicyDoesNotAdmit()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var routes = await RoutesAsync(app);
        Assert.Contains(routes, r => string.Equals(r.Template, "staff/submissions", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(routes, r => string.Equals(r.Template, "api/v1/staff/submissions/{id:guid}/accept", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(routes, r => string.Equals(r.Template, "staff/submissions/{id:guid}", StringComparison.OrdinalIgnoreCase));
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var role in StaffRoles.All)
        {
            clients[role] = await app.CreateStaffClientAsync(role, role == StaffRoles.Administrator ? "01" : TriageData.Hanoi);
        }

        var failures = new StringBuilder();
        foreach (var route in routes)
        {
            Assert.True(route.AllowedRoles is not null, $"{route} has no role-based authorization policy.");
            var url = route.Url(item.Id);
            var response = await SendAsync(anonymous, route, url);
            if (!IsSignInChallenge(response, route.IsApi))
            {
                failures.AppendLine($"anonymous {route.Method} {url}: {(int)response.StatusCode} {response.Headers.Location}");
            }

            foreach (var (role, client) in clients)
            {
                response = await SendAsync(client, route, url);

                // A page may refuse more than its folder policy (a handler's own role check); it may never admit more.
                if (!route.AllowedRoles!.Contains(role) && !IsRefused(response))
                {
                    failures.AppendLine($"{role} {route.Method} {url}: {(int)response.StatusCode} {response.Headers.Location} (expected refusal)");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
        Assert.Equal(HttpStatusCode.OK, (await clients[StaffRoles.Processor].GetAsync("/staff/submissions", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clients[StaffRoles.Processor].GetAsync($"/api/v1/staff/submissions/{item.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clients[StaffRoles.ReportCompiler].GetAsync($"/staff/submissions/{item.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ItemRoutesAnswer404ToStaffOfAnotherUnit()
    {
        await using var app = CitizenVoiceApp.Sqlite();
        var item = await TriageData.SubmitAsync(app);
        var routes = (await RoutesAsync(app)).Where(r => r.Template.Contains(":guid}", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(routes);
        var failures = new StringBuilder();
        foreach (var role in StaffRoles.All)
        {
            var client = await app.CreateStaffClientAsync(role, role == StaffRoles.Administrator ? "79" : TriageData.HoChiMinh);
            foreach (var route in routes.Where(r => r.AllowedRoles!.Contains(role)))
            {
                var url = route.Url(item.Id);
                var response = await SendAsync(client, route, url);
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.AppendLine($"{role} of another unit {route.Method} {url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static bool IsSignInChallenge(HttpResponseMessage response, bool api) => api
        ? response.StatusCode == HttpStatusCode.Unauthorized
        : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == "/dang-nhap";

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/khong-co-quyen", StringComparison.Ordinal) || location.Contains("/dang-nhap", StringComparison.Ordinal)));

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Route route, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
        if (route.Method != "GET")
        {
            request.Content = new StringContent("{\"version\":0}", Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request, Ct);
    }

    private static async Task<List<Route>> RoutesAsync(CitizenVoiceApp app)
    {
        using (app.CreateClient())
        {
        }

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var policies = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var routes = new List<Route>();
        foreach (var endpoint in endpoints)
        {
            var template = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            var isApi = template.StartsWith("api/v1/staff", StringComparison.OrdinalIgnoreCase);
            if (!isApi && !template.StartsWith("staff", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var combined = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
            var allowed = combined?.Requirements.OfType<RolesAuthorizationRequirement>()
                .Aggregate((IEnumerable<string>)StaffRoles.All, (roles, requirement) => roles.Intersect(requirement.AllowedRoles))
                .ToHashSet(StringComparer.Ordinal);
            if (combined is not null && !combined.Requirements.OfType<RolesAuthorizationRequirement>().Any())
            {
                allowed = null;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m is "GET" or "POST"))
            {
                routes.Add(new Route(template, method, isApi, allowed));
            }
        }

        return routes.DistinctBy(r => (r.Template, r.Method)).ToList();
    }

    private sealed partial record Route(string Template, string Method, bool IsApi, HashSet<string>? AllowedRoles)
    {
        /// <summary>A concrete URL: guid parameters take the item's id, others a plain value; optional ones are left out.</summary>
        public string Url(Guid id) => "/" + Parameter().Replace(Template, m =>
            m.Groups["optional"].Success ? "" : m.Groups["constraint"].Value == "guid" ? id.ToString() : "1").TrimEnd('/');

        public override string ToString() => $"{Method} /{Template}";

        [GeneratedRegex(@"\{(?<name>[a-zA-Z]+)(:(?<constraint>[a-z]+))?(?<optional>\?)?\}")]
        private static partial Regex Parameter();
    }
}
