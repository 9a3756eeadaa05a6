package dockerfilels.rules;

import dockerfilels.rules.build.InvalidChecksum;
import dockerfilels.rules.build.InvalidChmod;
import dockerfilels.rules.build.InvalidDevice;
import dockerfilels.rules.build.InvalidExposePort;
import dockerfilels.rules.build.InvalidHealthcheckOption;
import dockerfilels.rules.build.InvalidMount;
import dockerfilels.rules.build.InvalidNetwork;
import dockerfilels.rules.build.InvalidPlatform;
import dockerfilels.rules.build.InvalidSecurity;
import dockerfilels.rules.build.InvalidStageReference;
import dockerfilels.rules.build.InvalidStopSignal;
import dockerfilels.rules.build.UnterminatedVariable;
import dockerfilels.rules.buildkit.ConsistentInstructionCasing;
import dockerfilels.rules.buildkit.CopyIgnoredFile;
import dockerfilels.rules.buildkit.DuplicateStageName;
import dockerfilels.rules.buildkit.ExposeInvalidFormat;
import dockerfilels.rules.buildkit.ExposeProtoCasing;
import dockerfilels.rules.buildkit.FromAsCasing;
import dockerfilels.rules.buildkit.FromPlatformFlagConstDisallowed;
import dockerfilels.rules.buildkit.InvalidDefaultArgInFrom;
import dockerfilels.rules.buildkit.InvalidDefinitionDescription;
import dockerfilels.rules.buildkit.JSONArgsRecommended;
import dockerfilels.rules.buildkit.LegacyKeyValueFormat;
import dockerfilels.rules.buildkit.MaintainerDeprecated;
import dockerfilels.rules.buildkit.MultipleInstructionsDisallowed;
import dockerfilels.rules.buildkit.NoEmptyContinuation;
import dockerfilels.rules.buildkit.RedundantTargetPlatform;
import dockerfilels.rules.buildkit.ReservedStageName;
import dockerfilels.rules.buildkit.SecretsUsedInArgOrEnv;
import dockerfilels.rules.buildkit.StageNameCasing;
import dockerfilels.rules.buildkit.UndefinedArgInFrom;
import dockerfilels.rules.buildkit.UndefinedVar;
import dockerfilels.rules.buildkit.WorkdirRelativePath;
import dockerfilels.rules.practice.AdminCommandInRun;
import dockerfilels.rules.practice.CdInsteadOfWorkdir;
import dockerfilels.rules.practice.SudoInRun;
import dockerfilels.rules.practice.AptGetWithoutYes;
import dockerfilels.rules.practice.AptInstallRecommends;
import dockerfilels.rules.practice.AptInsteadOfAptGet;
import dockerfilels.rules.practice.YumWithoutYes;
import dockerfilels.rules.practice.ZypperWithoutNonInteractive;
import dockerfilels.rules.practice.ZypperDistUpgrade;
import dockerfilels.rules.practice.DnfWithoutYes;
import dockerfilels.rules.practice.PackageUpgradeInRun;
import dockerfilels.rules.practice.UseraddWithoutNoLogInit;
import dockerfilels.rules.practice.WgetWithoutProgress;
import dockerfilels.rules.practice.CurlAndWget;
import dockerfilels.rules.practice.ShellRelinked;
import dockerfilels.rules.practice.PipeWithoutPipefail;
import dockerfilels.rules.practice.ConsecutiveRuns;
import dockerfilels.rules.practice.RemoteScriptPipedToShell;
import dockerfilels.rules.practice.UnpinnedAptPackage;
import dockerfilels.rules.practice.UnpinnedApkPackage;
import dockerfilels.rules.practice.UnpinnedPipPackage;
import dockerfilels.rules.practice.UnpinnedNpmPackage;
import dockerfilels.rules.practice.UnpinnedGem;
import dockerfilels.rules.practice.UnpinnedYumPackage;
import dockerfilels.rules.practice.UnpinnedZypperPackage;
import dockerfilels.rules.practice.UnpinnedDnfPackage;
import dockerfilels.rules.practice.UnpinnedGoModule;
import dockerfilels.rules.optimize.AddLocalFile;
import dockerfilels.rules.optimize.AddRemoteWithoutChecksum;
import dockerfilels.rules.optimize.FinalStageRunsAsRoot;
import dockerfilels.rules.optimize.FinalStageUsesBuildImage;
import dockerfilels.rules.optimize.MissingDockerignore;
import dockerfilels.rules.optimize.MissingSyntaxDirective;
import dockerfilels.rules.optimize.NumericStageReference;
import dockerfilels.rules.optimize.SecretFileCopied;
import dockerfilels.rules.optimize.SecretValueInArgOrEnv;
import dockerfilels.rules.optimize.UnusedStage;
import dockerfilels.rules.optimize.WholeStageCopied;
import dockerfilels.rules.practice.CopyMultipleSourcesToFile;
import dockerfilels.rules.practice.CopyRelativeDestinationWithoutWorkdir;
import dockerfilels.rules.practice.EnvSelfReference;
import dockerfilels.rules.practice.InstructionBeforeFrom;
import dockerfilels.rules.practice.LatestTag;
import dockerfilels.rules.practice.MissingHealthcheck;
import dockerfilels.rules.practice.UntaggedImage;
import dockerfilels.rules.optimize.ApkCacheInLayer;
import dockerfilels.rules.optimize.AptListsInLayer;
import dockerfilels.rules.optimize.CgoBinaryInStaticImage;
import dockerfilels.rules.optimize.CopyAllBeforeDependencyInstall;
import dockerfilels.rules.optimize.DnfCacheInLayer;
import dockerfilels.rules.optimize.MissingCacheMount;
import dockerfilels.rules.optimize.PipCacheInLayer;
import dockerfilels.rules.optimize.YarnCacheInLayer;
import dockerfilels.rules.optimize.YumCacheInLayer;
import dockerfilels.rules.optimize.ZypperCacheInLayer;
import java.util.List;

/** Every rule of the project, in the order they run and are documented. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            // BuildKit's build checks (rules/buildkit)
            new StageNameCasing(),
            new FromAsCasing(),
            new NoEmptyContinuation(),
            new ConsistentInstructionCasing(),
            new DuplicateStageName(),
            new ReservedStageName(),
            new JSONArgsRecommended(),
            new MaintainerDeprecated(),
            new UndefinedArgInFrom(),
            new WorkdirRelativePath(),
            new UndefinedVar(),
            new MultipleInstructionsDisallowed(),
            new LegacyKeyValueFormat(),
            new RedundantTargetPlatform(),
            new SecretsUsedInArgOrEnv(),
            new InvalidDefaultArgInFrom(),
            new FromPlatformFlagConstDisallowed(),
            new CopyIgnoredFile(),
            new InvalidDefinitionDescription(),
            new ExposeProtoCasing(),
            new ExposeInvalidFormat(),
            // What docker build would reject (rules/build)
            new InvalidMount(),
            new InvalidNetwork(),
            new InvalidSecurity(),
            new InvalidDevice(),
            new InvalidStageReference(),
            new InvalidHealthcheckOption(),
            new InvalidExposePort(),
            new InvalidStopSignal(),
            new InvalidChmod(),
            new InvalidChecksum(),
            new InvalidPlatform(),
            new UnterminatedVariable(),
            // Best practices on what RUN runs, hadolint's DL codes as aliases (rules/practice)
            new AdminCommandInRun(),
            new CdInsteadOfWorkdir(),
            new SudoInRun(),
            new AptGetWithoutYes(),
            new AptInstallRecommends(),
            new AptInsteadOfAptGet(),
            new YumWithoutYes(),
            new ZypperWithoutNonInteractive(),
            new ZypperDistUpgrade(),
            new DnfWithoutYes(),
            new PackageUpgradeInRun(),
            new UseraddWithoutNoLogInit(),
            new WgetWithoutProgress(),
            new CurlAndWget(),
            new ShellRelinked(),
            new PipeWithoutPipefail(),
            new ConsecutiveRuns(),
            new RemoteScriptPipedToShell(),
            new UnpinnedAptPackage(),
            new UnpinnedApkPackage(),
            new UnpinnedPipPackage(),
            new UnpinnedNpmPackage(),
            new UnpinnedGem(),
            new UnpinnedYumPackage(),
            new UnpinnedZypperPackage(),
            new UnpinnedDnfPackage(),
            new UnpinnedGoModule(),
            // Smaller images, faster builds, safer containers (rules/optimize)
            new FinalStageUsesBuildImage(),
            new WholeStageCopied(),
            new UnusedStage(),
            new NumericStageReference(),
            new MissingDockerignore(),
            new MissingSyntaxDirective(),
            new SecretFileCopied(),
            new SecretValueInArgOrEnv(),
            new FinalStageRunsAsRoot(),
            new AddRemoteWithoutChecksum(),
            new AddLocalFile(),
            // hadolint's practices outside RUN (rules/practice)
            new InstructionBeforeFrom(),
            new UntaggedImage(),
            new LatestTag(),
            new CopyMultipleSourcesToFile(),
            new CopyRelativeDestinationWithoutWorkdir(),
            new EnvSelfReference(),
            new MissingHealthcheck(),
            // Layer order and package-manager caches (rules/optimize)
            new CopyAllBeforeDependencyInstall(),
            new MissingCacheMount(),
            new AptListsInLayer(),
            new ApkCacheInLayer(),
            new PipCacheInLayer(),
            new YarnCacheInLayer(),
            new YumCacheInLayer(),
            new DnfCacheInLayer(),
            new ZypperCacheInLayer(),
            new CgoBinaryInStaticImage());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this id or alias, or null. */
    public static Rule byName(String name) {
        return name == null ? null : BY_NAME.get(name);
    }

    /** Every rule by id and alias (the first rule answering to a name wins), for one lookup per diagnostic. */
    private static final java.util.Map<String, Rule> BY_NAME = byNames();

    private static java.util.Map<String, Rule> byNames() {
        java.util.Map<String, Rule> byName = new java.util.HashMap<>();
        for (Rule rule : ALL) {
            byName.putIfAbsent(rule.info().id(), rule);
            for (String alias : rule.info().aliases()) {
                byName.putIfAbsent(alias, rule);
            }
        }
        return java.util.Map.copyOf(byName);
    }
}
