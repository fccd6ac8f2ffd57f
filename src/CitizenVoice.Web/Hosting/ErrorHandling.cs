using Microsoft.AspNetCore.Diagnostics;

namespace CitizenVoice.Web.Hosting;

public static class ErrorHandling
{
    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>
    /// API paths answer every error as RFC 9457 problem+json (including 404/405/415 from routing); pages get the
    /// friendly error page. Client errors raised as BadHttpRequestException (body too large, bad form) keep their status.
    /// </summary>
    public static WebApplication UseCitizenVoiceErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            // A client's bad request or a dropped connection is not a server error worth a stack trace in the log.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException or OperationCanceledException,
            ExceptionHandler = async context =>
            {
                var feature = context.Features.Get<IExceptionHandlerFeature>();
                var status = context.Response.StatusCode;
                if (!context.Request.Path.StartsWithSegments("/api") && status >= 500)
                {
                    context.Response.Redirect("/loi");
                    return;
                }

                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    Exception = feature?.Error,
                    ProblemDetails =
                    {
                        Status = status,
                        Title = status switch
                        {
                            StatusCodes.Status413PayloadTooLarge => "Dữ liệu gửi lên quá lớn",
                            < 500 => "Yêu cầu không hợp lệ",
                            _ => "Lỗi hệ thống",
                        },
                        Detail = status < 500 ? feature?.Error.Message : "Đã xảy ra lỗi. Vui lòng thử lại sau.",
                    },
                });
            },
        });
        app.UseWhen(IsApi, api => api.UseStatusCodePages(async statusContext =>
        {
            var problems = statusContext.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = statusContext.HttpContext });
        }));
        app.UseWhen(context => !IsApi(context) && !context.Request.Path.StartsWithSegments("/admin/jobs"),
            pages => pages.UseStatusCodePagesWithReExecute("/loi", "?code={0}"));
        return app;
    }
}
