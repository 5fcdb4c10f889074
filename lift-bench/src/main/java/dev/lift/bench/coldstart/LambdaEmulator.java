package dev.lift.bench.coldstart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of the cold-start harness: loads and constructs the handler class (Lambda's init
 * phase), reads one event, invokes the handler once (the first invoke), and prints one line:
 * {@code FIRST_RESPONSE <peak RSS in KiB> <response JSON>}. The parent times the JVM from launch to
 * that line; peak RSS is the kernel's high-water mark ({@code VmHWM}) at that moment.
 *
 * <p>Usage: {@code java <Lambda's flags> -cp emulator.jar:contender.jar
 * dev.lift.bench.coldstart.LambdaEmulator <handler class> <event file>}
 */
public final class LambdaEmulator {
  public static final String MARKER = "FIRST_RESPONSE";

  private LambdaEmulator() {}

  public static void main(String[] args) throws Exception {
    Object handler =
        Class.forName(args[0], true, ClassLoader.getSystemClassLoader())
            .getDeclaredConstructor()
            .newInstance();
    HandlerInvoker invoker = HandlerInvoker.of(handler);
    byte[] event = Files.readAllBytes(Path.of(args[1]));
    ByteArrayOutputStream response = new ByteArrayOutputStream(1024);
    invoker.invoke(event, response, BenchContext.INSTANCE);
    String line = response.toString(StandardCharsets.UTF_8).replace('\n', ' ').replace('\r', ' ');
    System.out.println(MARKER + " " + peakRssKib() + " " + line);
    System.out.flush();
  }

  /** {@code VmHWM} from {@code /proc/self/status}: the peak resident set size so far, in KiB. */
  static long peakRssKib() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.substring(6).replace("kB", "").trim());
      }
    }
    return -1;
  }
}
