using Budgeting.Api.Audit;
using Budgeting.Api.Elections;
using Budgeting.Api.Infrastructure;
using Budgeting.Api.Proposals;
using Budgeting.Api.Proposals.Reading;
using Budgeting.Api.Seeding;
using Budgeting.Api.Web;
using Budgeting.Api.Web.Security;
using JasperFx;
using Wolverine.Http;

var builder = WebApplication.CreateBuilder(args);
var settings = EngineSettings.From(builder.Configuration);

builder.Services.AddSingleton(settings);
builder.Services.AddEngineJson();
builder.Services.AddEngineClock();
builder.Services.AddEngineProblems();
builder.Services.AddEngineAuth(builder.Configuration);
builder.Services.AddEngineOpenApi();
builder.Services.AddEngineHealth(settings);
builder.Services.AddEngineTelemetry(builder.Configuration);
builder.Services.AddEngineStore(settings);
builder.Services.AddEngineListCache(settings);
builder.Services.AddEngineAudit();
builder.Services.AddEngineElections();
builder.Services.AddEngineParticipation();
builder.Host.AddEngineMessaging(settings);
builder.Services.AddEngineSeed(settings);
builder.Services.AddEngineWeb(builder.Configuration);

var app = builder.Build();

app.UseEngineProblems();
app.UseSecurityHeaders();
app.UseEngineStaticFiles();
app.UseNullBodyRejection();
app.UseEngineCultures();
app.UseAuthentication();
app.UseAuthorization();
app.UseEngineWeb();
app.UseOutputCache();
app.MapEngineOpenApi();
app.MapEngineHealth();
app.MapEngineWeb();
app.MapWolverineEndpoints(opts => opts.ConfigureEngineEndpoints());

return await app.RunJasperFxCommands(args);

public partial class Program;
