package dev.unknot.cli;

import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.Choice;
import dev.unknot.workstation.Item;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the workstation check's items one at a time, the answers numbered, asking again after a
 * blank or an answer it cannot take; {@code ?} explains the item. The end of input before the last
 * item is a usage problem and nothing is stored.
 */
final class WorkstationQuestions {
    private final LineInput input;
    private final PrintWriter out;

    WorkstationQuestions(LineInput input, PrintWriter out) {
        this.input = input;
        this.out = out;
    }

    Map<String, String> ask(Checklist checklist) {
        List<Item> items = checklist.items();
        out.println("Workstation check");
        out.println(
                items.size()
                        + " questions about how your desk is set up. Answer by number or in words;"
                        + " 'not sure' is a fine answer (it becomes something to check). Type ? for help.");
        Map<String, String> typed = new LinkedHashMap<>();
        String group = "";
        for (int index = 0; index < items.size(); index++) {
            Item item = items.get(index);
            if (!item.group().equals(group)) {
                group = item.group();
                out.println();
                out.println("-- " + group + " --");
            }
            String prompt =
                    String.format(
                            "%n[%d/%d] %s%n%s%n> ",
                            index + 1, items.size(), item.question(), choices(item));
            while (true) {
                Optional<String> line = input.readLine(prompt);
                if (line.isEmpty()) {
                    throw new UsageProblem(
                            "input ended at question "
                                    + (index + 1)
                                    + " of "
                                    + items.size()
                                    + " of the workstation check; nothing was stored");
                }
                String answer = line.get().strip();
                if (answer.equals("?")) {
                    out.println(help(item));
                } else if (answer.isEmpty()) {
                    out.println("Every question needs an answer ('not sure' is one).");
                } else if (item.choice(answer).isPresent()) {
                    typed.put(item.id(), item.choice(answer).get().key());
                    break;
                } else {
                    out.println("Sorry, \"" + answer + "\" is not one of the answers I can take.");
                }
                prompt = "Please answer " + numbers(item) + ", or ? for help\n> ";
            }
        }
        out.flush();
        return typed;
    }

    private static String choices(Item item) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < item.choices().size(); i++) {
            text.append(i == 0 ? "  " : "   ")
                    .append(i + 1)
                    .append(") ")
                    .append(item.choices().get(i).label());
        }
        return text.append("   (? for help)").toString();
    }

    private static String numbers(Item item) {
        return "1-" + item.choices().size();
    }

    private static String help(Item item) {
        StringBuilder text =
                new StringBuilder("This is about ")
                        .append(item.name())
                        .append(" (")
                        .append(item.group().toLowerCase(java.util.Locale.ROOT))
                        .append("). If the answer is not the first one, the change to make is: ")
                        .append(item.change())
                        .append("\nAnswers: ");
        for (int i = 0; i < item.choices().size(); i++) {
            Choice choice = item.choices().get(i);
            text.append(i == 0 ? "" : ", ")
                    .append(i + 1)
                    .append(" or '")
                    .append(choice.key())
                    .append("' for ")
                    .append(choice.label().toLowerCase(java.util.Locale.ROOT));
        }
        return text.append('.').toString();
    }
}
