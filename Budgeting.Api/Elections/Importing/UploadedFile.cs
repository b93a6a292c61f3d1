using System.Text;
using System.Text.Json;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Elections.Importing;

namespace Budgeting.Api.Elections.Importing;

/// <summary>
/// The request body: the .pb text itself (any non-JSON content type, name in ?fileName=), or JSON {fileName, content}; or, from
/// the administrators' page, a file of a multipart form.
/// </summary>
public static class UploadedFile
{
    private sealed record JsonUpload(string? FileName, string? Content);

    public static async Task<(ImportElection? Command, IResult? Problem)> Read(HttpRequest request, CancellationToken token)
    {
        if (request.ContentLength > ImportElection.MaxBytes) return (null, TooLarge());
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, token)) > 0)
        {
            if (body.Length + read > ImportElection.MaxBytes) return (null, TooLarge());
            body.Write(buffer, 0, read);
        }
        if (request.HasJsonContentType()) return FromJson(body.ToArray());
        var name = request.Query["fileName"].ToString();
        return (new ImportElection(name == "" ? "upload.pb" : name, body.ToArray()), null);
    }

    /// <summary>A file chosen in a form (none chosen: nothing to import); its bytes are judged by the decision.</summary>
    public static async Task<(ImportElection? Command, Rejection? Refusal)> From(IFormFile? file, CancellationToken token)
    {
        if (file is null) return (null, Rejection.Invalid("content", "required", "choose a .pb file").With(("variant", "file")));
        using var body = new MemoryStream();
        await file.CopyToAsync(body, token);
        return (new ImportElection(file.FileName, body.ToArray()), null);
    }

    private static (ImportElection?, IResult?) FromJson(byte[] json)
    {
        JsonUpload? upload;
        try { upload = JsonSerializer.Deserialize<JsonUpload>(json, Json.Options); }
        catch (JsonException) { upload = null; }
        return upload?.Content is { } content
            ? (new ImportElection(upload.FileName, Encoding.UTF8.GetBytes(content)), null)
            : (null, Rejection.Invalid("content", "required", "send the .pb text as text/plain, or JSON {fileName, content}").ToProblem());
    }

    private static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large",
        detail: $"a .pb upload may have at most {ImportElection.MaxBytes} bytes", type: "urn:budgeting:problem:size",
        extensions: new Dictionary<string, object?> { ["rule"] = "size", ["field"] = "content" });
}
