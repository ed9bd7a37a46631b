package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.parallax.cli.Main;
import org.parallax.testing.Shared;

/**
 * The seeds' story page in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs): what a reader sees and what hovering
 * and clicking do. Skipped with a message when Chromium is absent, except under {@code CI=true}.
 */
class StoryPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path out;
  static ChromeDriver browser;

  @BeforeAll
  static void open() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + DRIVER
          + " is missing: .ci/run installs the chromium and chromium-driver packages");
    }
    Assumptions.assumeTrue(present, "skipped: no " + CHROMIUM + " / " + DRIVER);
    java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
    int code = Main.run(new String[] {"analyze", Shared.root().resolve("seeds").toString(),
        "--out", out.toString()}, quiet, quiet);
    assertEquals(0, code);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1400,1100");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    try (var pages = Files.list(out.resolve("stories"))) {
      Path page = pages.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
      browser.get(page.toUri().toString());
    }
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static String outline(WebElement e) {
    return e.getCssValue("outline-style");
  }

  @Test
  void outletsSideBySideWithASummaryTable() {
    List<WebElement> columns = browser.findElements(By.cssSelector("section.col"));
    assertEquals(2, columns.size());
    assertTrue(columns.get(0).getLocation().getY() == columns.get(1).getLocation().getY()
        && columns.get(0).getLocation().getX() < columns.get(1).getLocation().getX(),
        "columns side by side");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.summary tr"));
    assertEquals(3, rows.size()); // header + two outlets
    String table = browser.findElement(By.cssSelector("table.summary")).getText();
    assertTrue(table.contains("TASS") && table.contains("Interfax") && table.contains("first"),
        table);
  }

  @Test
  void eachAlignedStatementIsHighlightedInBothColumns() {
    List<WebElement> marks = browser.findElements(By.cssSelector("mark.st"));
    assertTrue(marks.size() >= 10, "at least five statements in two columns: " + marks.size());
    WebElement internal = browser.findElements(By.cssSelector("mark.st")).stream()
        .filter(m -> m.getText().contains("internal problem")).findFirst().orElseThrow();
    assertTrue(internal.isDisplayed());
    String k = internal.getAttribute("data-statement");
    List<WebElement> same = browser.findElements(By.cssSelector("mark[data-statement='" + k
        + "']"));
    assertEquals(2, same.size());
    assertEquals(same.get(0).getCssValue("background-color"),
        same.get(1).getCssValue("background-color"), "a statement shares one colour");
    assertTrue(internal.getAttribute("title").contains("also in"), internal.getAttribute("title"));
  }

  @Test
  void hoveringOrClickingAVariantOutlinesTheOthers() throws Exception {
    WebElement internal = browser.findElements(By.cssSelector("mark.st")).stream()
        .filter(m -> m.getText().contains("internal problem")).findFirst().orElseThrow();
    String k = internal.getAttribute("data-statement");
    WebElement twin = browser.findElements(By.cssSelector("mark[data-statement='" + k + "']"))
        .stream().filter(m -> !m.equals(internal)).findFirst().orElseThrow();
    WebElement unrelated = browser.findElements(By.cssSelector("mark.st")).stream()
        .filter(m -> !k.equals(m.getAttribute("data-statement"))).findFirst().orElseThrow();
    new Actions(browser).moveToElement(browser.findElement(By.tagName("h1"))).perform();
    assertEquals("none", outline(twin));
    new Actions(browser).moveToElement(internal).perform();
    assertEquals("solid", outline(twin), "hover highlights the other rendering");
    assertEquals("none", outline(unrelated));
    new Actions(browser).moveToElement(browser.findElement(By.tagName("h1"))).perform();
    internal.click();
    assertEquals("solid", outline(twin), "a click keeps the other rendering highlighted");
    Files.write(Path.of("target", "story-page.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void onlyHereMaterialIsMarked() {
    List<WebElement> only = browser.findElements(By.cssSelector("section.col span.only"));
    assertFalse(only.isEmpty());
    assertTrue(only.stream().anyMatch(e -> e.getText().contains("personnel issue")));
    assertTrue(only.stream().anyMatch(e -> e.getText().contains("Salon.com")));
    assertTrue(only.get(0).getAttribute("title").startsWith("Only "));
  }
}
