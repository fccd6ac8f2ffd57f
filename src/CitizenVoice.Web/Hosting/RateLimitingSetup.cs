using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CitizenVoice.Web.Hosting;

internal static class RateLimitingSetup
{
    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The portal's submit page carries the policy on the whole page (Razor Pages cannot put it on one handler):
            // reading the form and the commune picker's GETs must not use up the permits meant for submissions.
            limiter.AddPolicy(RateLimitingOptions.SubmitPolicy, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : Partition(context, options, options.PermitsPerWindow));
            limiter.AddPolicy(RateLimitingOptions.LookupPolicy, context => Partition(context, options, options.LookupPermitsPerWindow));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                // Pages get the friendly HTML page: an empty 429 is re-executed to /loi?code=429 by the status code pages.
                if (!http.Request.Path.StartsWithSegments("/api"))
                {
                    return;
                }

                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Quá nhiều yêu cầu",
                        Detail = "Ông/Bà đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ít phút.",
                    },
                });
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitingOptions options, int permits)
    {
        if (!options.Enabled)
        {
            return RateLimitPartition.GetNoLimiter("off");
        }

        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds)),
            QueueLimit = 0,
        });
    }
}
