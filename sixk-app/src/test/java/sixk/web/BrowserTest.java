package sixk.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web app in a real headless Chromium (Debian's, driven by its chromedriver): search, open the
 * seed filing, see "$4 million" highlighted, follow an event to its evidence, open the company
 * timeline; and a hostile filing whose script and event handlers never run.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir static Path tmp;
    static ServerFixture fx;
    static ChromeDriver browser;

    @BeforeAll static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium or chromedriver absent: browser test skipped (.ci/run installs them)");
        fx = new ServerFixture(tmp.resolve("data"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--user-data-dir=" + tmp.resolve("chrome"),
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withLogFile(tmp.resolve("chromedriver.log").toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (fx != null) fx.close();
    }

    private static WebDriverWait waiting() { return new WebDriverWait(browser, Duration.ofSeconds(20)); }

    @Test
    void searchOpenTheSeedSeeTheMilestoneAndTheTimeline() {
        browser.get(fx.base + "/");
        WebElement q = waiting().until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("milestone payment", Keys.ENTER);
        // The page first lists every filing; the search's results replace them.
        waiting().until(d -> d.getCurrentUrl().contains("milestone") && d.findElements(By.cssSelector("#results .snippet b")).size() > 0);
        assertThat(browser.findElement(By.id("results")).getText()).contains("Flamel Technologies");
        browser.findElement(By.partialLinkText("Milestone Payment from Servier Monde")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-text mark")));
        List<WebElement> money = browser.findElements(By.cssSelector("#doc-text mark.money"));
        assertThat(money).extracting(WebElement::getText).contains("$4 million");
        // Clicking an event scrolls its evidence into view and flashes it.
        browser.findElement(By.cssSelector(".event[data-type='milestone_payment']")).click();
        WebElement evidence = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-text mark.evidence.flash")));
        assertThat(evidence.getText().toLowerCase()).contains("milestone payment");

        browser.findElement(By.id("company-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline circle.event-dot")));
        assertThat(browser.findElements(By.cssSelector("#timeline circle.event-dot"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Flamel Technologies");
    }

    @Test
    void aHostileFilingRunsNothing() throws Exception {
        String hostile = "<html><body><script>window.pwned = 'script'</script>"
                + "<p>Evil Corp announces a special dividend of $1.00 per share.</p>"
                + "<img src=x onerror=\"window.pwned = 'onerror'\"><svg onload=\"window.pwned = 'svg'\"></svg>"
                + "<p>&lt;script&gt;window.pwned = 'escaped'&lt;/script&gt; <b onmouseover=\"window.pwned='hover'\">bold</b></p></body></html>";
        HttpResponse<String> up = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fx.base + "/api/filings?name=evil.htm"))
                .POST(HttpRequest.BodyPublishers.ofString(hostile)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(up.statusCode()).isEqualTo(201);
        String id = sixk.record.Json.MAPPER.readTree(up.body()).get("id").asText();
        browser.get(fx.base + "/#/filing/" + id);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
        assertThat(browser.findElement(By.id("doc-text")).getText()).contains("Evil Corp announces a special dividend");
        // Open the filed HTML (sanitized, in a sandboxed frame) too, and the sanitized document on its own.
        browser.findElement(By.linkText("view as filed (sanitized)")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe.filed")));
        Thread.sleep(500);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        browser.get(fx.base + "/api/filings/" + id + "/documents/0?format=html");
        Thread.sleep(300);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.getPageSource()).doesNotContain("onerror").doesNotContain("<script>window");
    }

}
