using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using JasperFx.CommandLine;

namespace Budgeting.Api.Cli;

public class TokenInput
{
    [Description("Role: citizen, officer, committee, auditor or admin")]
    public string RoleFlag { get; set; } = Role.Citizen;

    [Description("Pseudonymous subject id")]
    public string SubFlag { get; set; } = "";

    [Description("District of residence claim (a Seoul district code), for voting eligibility")]
    public string? DistrictFlag { get; set; }

    [Description("Birth date claim (yyyy-MM-dd), for minimum-age rules")]
    public string? BirthdateFlag { get; set; }

    [Description("Lifetime in hours (default 12)")]
    public int HoursFlag { get; set; } = 12;
}

[Description("Mint a bearer token signed with the development key (refused when another key is configured)", Name = "token")]
public class TokenCommand : JasperFxCommand<TokenInput>
{
    public override bool Execute(TokenInput input)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        if (!Auth.UsesDevelopmentKey(configuration))
        {
            Console.Error.WriteLine("token: a signing key or identity provider is configured; tokens come from the city's identity provider");
            return false;
        }
        if (!Role.IsKnown(input.RoleFlag) || string.IsNullOrWhiteSpace(input.SubFlag))
        {
            Console.Error.WriteLine($"token: --role must be one of {string.Join(", ", Role.All)} and --sub must be given");
            return false;
        }
        Console.WriteLine(Auth.Mint(Auth.DevelopmentKey, input.RoleFlag, input.SubFlag, input.DistrictFlag,
            input.BirthdateFlag, TimeSpan.FromHours(input.HoursFlag)));
        return true;
    }
}
