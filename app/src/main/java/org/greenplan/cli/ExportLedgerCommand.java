package org.greenplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.greenplan.reporting.LedgerExport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSourceResolvable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-ledger PLAN --out ledger.xlsx}: writes a plan's ledger as Excel. */
@Command(name = "export-ledger", description = "导出台账 Excel (export the ledger as .xlsx)")
final class ExportLedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    GreenPlanCommands parent;

    @Parameters(index = "0", paramLabel = "PLAN", description = "plan id, as printed by import or shown in the web UI")
    long planId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the .xlsx file to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            spec.commandLine().getErr().println(CliMessages.text("cli.noSuchFolder", out, folder));
            return GreenPlanCommands.REFUSED;
        }
        try (ConfigurableApplicationContext context = parent.startApplication()) {
            byte[] workbook =
                    context.getBean(LedgerExport.class).export(planId, null).content();
            Files.write(out, workbook);
            spec.commandLine()
                    .getOut()
                    .println(CliMessages.text("cli.export.done", out, String.valueOf(workbook.length)));
            return 0;
        } catch (NoSuchElementException missing) {
            spec.commandLine()
                    .getErr()
                    .println(
                            missing instanceof MessageSourceResolvable known
                                    ? CliMessages.text(known)
                                    : missing.getMessage());
            return GreenPlanCommands.REFUSED;
        }
    }
}
